// A then callback that returns a native promise delays the next link by 2 extra ticks.
Promise.resolve()
  .then(() => Promise.resolve('a'))
  .then(v => console.log('after returned promise', v));
Promise.resolve()
  .then(() => 'b')
  .then(v => console.log('after returned value', v));
let c = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  c = c.then(() => console.log('tick', i));
}
