// Returning a thenable from an async function: then is called in a job, then the value propagates.
async function f() {
  console.log('f body');
  return {
    then(resolve) {
      console.log('then called');
      resolve('thenable value');
    }
  };
}
f().then(v => console.log('f settled with', v));
let p = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  p = p.then(() => console.log('tick', i));
}
console.log('sync end');
