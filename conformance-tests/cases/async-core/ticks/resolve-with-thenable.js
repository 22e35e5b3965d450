// resolve(thenable) calls then in a job; a then that resolves synchronously costs 2 ticks in total.
const thenable = {
  then(res) {
    console.log('then called');
    res('from thenable');
  }
};
new Promise(resolve => resolve(thenable)).then(v => console.log('got', v));
let c = Promise.resolve();
for (let i = 1; i <= 3; i++) {
  c = c.then(() => console.log('tick', i));
}
console.log('sync end');
