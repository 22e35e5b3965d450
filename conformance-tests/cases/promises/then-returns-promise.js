// Returning a promise from a then callback adopts it (costing extra ticks).
Promise.resolve()
  .then(() => {
    console.log('A1');
    return Promise.resolve('from promise');
  })
  .then(v => console.log('A2', v));
Promise.resolve()
  .then(() => {
    console.log('B1');
    return 'plain';
  })
  .then(v => console.log('B2', v))
  .then(() => console.log('B3'))
  .then(() => console.log('B4'))
  .then(() => console.log('B5'));
