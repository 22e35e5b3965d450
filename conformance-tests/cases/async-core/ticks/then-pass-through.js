// then(undefined) and then(123) pass values through but still cost one tick each.
Promise.resolve('v')
  .then(undefined)
  .then(123)
  .then(v => console.log('passed through', v));
Promise.resolve('w').then(v => console.log('direct', v));
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  c = c.then(() => console.log('tick', i));
}
