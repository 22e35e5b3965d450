// await of an already-fulfilled native promise resumes after exactly 1 tick.
async function f() {
  console.log('f start');
  const v = await Promise.resolve('v');
  console.log('f resumed with', v);
}
f();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
console.log('sync end');
