// catch returning a value fulfils the next link one tick later; returning a promise adds 2 more.
Promise.reject('x')
  .catch(r => 'recovered from ' + r)
  .then(v => console.log('value:', v));
Promise.reject('y')
  .catch(r => Promise.resolve('promise from ' + r))
  .then(v => console.log('promise:', v));
let c = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  c = c.then(() => console.log('tick', i));
}
