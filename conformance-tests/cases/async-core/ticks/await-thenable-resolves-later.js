// A thenable that calls resolve from a later microtask delays the resume by that many ticks.
const thenable = {
  then(resolve) {
    console.log('then called');
    Promise.resolve().then(() => Promise.resolve()).then(() => {
      console.log('thenable resolving');
      resolve('late');
    });
  }
};
async function f() {
  console.log('resumed with', await thenable);
}
f();
let p = Promise.resolve();
for (let i = 1; i <= 7; i++) {
  p = p.then(() => console.log('tick', i));
}
