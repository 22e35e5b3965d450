// An async function that throws synchronously rejects its promise; catch runs after 1 tick.
async function f() {
  console.log('f throws');
  throw new Error('sync throw');
}
f().catch(e => console.log('caught', e.message));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
console.log('sync end');
