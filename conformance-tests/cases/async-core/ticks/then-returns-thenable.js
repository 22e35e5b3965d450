// A then callback returning a thenable: then is called one job later, then one more tick to continue.
Promise.resolve()
  .then(() => ({ then(r) { console.log('thenable.then called'); r('t'); } }))
  .then(v => console.log('chain got', v));
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  c = c.then(() => console.log('tick', i));
}
