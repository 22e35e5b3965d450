// Promise.resolve(thenable) creates a new promise and calls then one job later.
const thenable = { then(r) { console.log('then called'); r('t'); } };
const p = Promise.resolve(thenable);
console.log('is a new promise', p !== thenable);
p.then(v => console.log('settled with', v));
let c = Promise.resolve();
for (let i = 1; i <= 3; i++) {
  c = c.then(() => console.log('tick', i));
}
console.log('sync end');
