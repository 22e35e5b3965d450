// await of a thenable costs 2 ticks: one job calls then, the next job resumes the frame.
const thenable = {
  then(resolve) {
    console.log('then called');
    resolve('from thenable');
  }
};
async function f() {
  const v = await thenable;
  console.log('resumed with', v);
}
f();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
console.log('sync end');
