// catch handles rejections; a chain continues normally after catch.
Promise.reject(new Error('nope'))
  .then(() => console.log('skipped'))
  .catch(e => {
    console.log('caught', e.message);
    return 'recovered';
  })
  .then(v => console.log('after catch', v));
Promise.resolve('fine')
  .catch(() => console.log('not called'))
  .then(v => console.log('value passed through catch:', v));
Promise.reject('plain reason').catch(r => console.log('reason', r));
