// await of a plain number resumes after 1 tick, the same as a native promise.
async function f() {
  const v = await 42;
  console.log('resumed with', v);
}
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
f();
console.log('sync end');
