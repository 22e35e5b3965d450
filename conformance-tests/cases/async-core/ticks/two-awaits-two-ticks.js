// Each await is one tick: two consecutive awaits land after tick 1 and after tick 2.
async function f() {
  await null;
  console.log('after first await');
  await null;
  console.log('after second await');
}
f();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
