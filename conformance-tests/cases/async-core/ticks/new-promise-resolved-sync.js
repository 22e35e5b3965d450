// await new Promise(r => r(v)) with a synchronous resolve costs 1 tick, like Promise.resolve.
async function f() {
  const v = await new Promise(resolve => {
    console.log('executor runs');
    resolve('done');
  });
  console.log('resumed with', v);
}
f();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
console.log('sync end');
