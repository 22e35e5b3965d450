// Two independent chains advance one step per microtask tick, interleaving.
Promise.resolve()
  .then(() => console.log('a1'))
  .then(() => console.log('a2'))
  .then(() => console.log('a3'));
Promise.resolve()
  .then(() => console.log('b1'))
  .then(() => console.log('b2'))
  .then(() => console.log('b3'));
var p = Promise.resolve('shared');
p.then(v => console.log('c1', v));
p.then(v => console.log('c2', v));
console.log('sync');
