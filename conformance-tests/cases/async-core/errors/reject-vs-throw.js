// Throwing, returning Promise.reject and awaiting Promise.reject all reject, at different ticks.
async function throws() { throw new Error('throw'); }
async function returnsReject() { return Promise.reject(new Error('return reject')); }
async function awaitsReject() { await Promise.reject(new Error('await reject')); }
function report(p) {
  p.catch(e => console.log('caught', e.message));
}
report(returnsReject());
report(awaitsReject());
report(throws());
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) c = c.then(() => console.log('tick', i));
