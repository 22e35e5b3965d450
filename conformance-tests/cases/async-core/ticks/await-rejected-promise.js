// await of an already-rejected native promise throws into the frame after 1 tick.
const rejected = Promise.reject(new Error('boom'));
async function f() {
  try {
    await rejected;
    console.log('not reached');
  } catch (e) {
    console.log('caught', e.message);
  }
}
f();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
console.log('sync end');
