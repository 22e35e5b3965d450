// Returning Promise.reject(e) from an async function rejects 3 ticks later; throwing takes 1.
async function returnsRejected() { return Promise.reject(new Error('returned')); }
async function throws() { throw new Error('thrown'); }
returnsRejected().catch(e => console.log('caught', e.message));
throws().catch(e => console.log('caught', e.message));
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  c = c.then(() => console.log('tick', i));
}
