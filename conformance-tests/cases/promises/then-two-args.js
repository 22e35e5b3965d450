// then(onFulfilled, onRejected): only one of the two runs; onRejected does not see errors from onFulfilled.
Promise.resolve(1).then(
  v => console.log('A fulfilled', v),
  e => console.log('A rejected', e)
);
Promise.reject(2).then(
  v => console.log('B fulfilled', v),
  e => console.log('B rejected', e)
);
Promise.resolve(3)
  .then(
    v => { throw new Error('thrown in onFulfilled ' + v); },
    e => console.log('C same-level onRejected (not called)')
  )
  .then(null, e => console.log('C next level:', e.message));
Promise.reject(4)
  .then(v => console.log('D not called'), e => 'D handled ' + e)
  .then(v => console.log(v));
