// An exception inside a then callback rejects the derived promise.
Promise.resolve('start')
  .then(v => {
    console.log('step 1', v);
    throw new Error('step 1 failed');
  })
  .then(() => console.log('step 2 skipped'))
  .then(() => console.log('step 3 skipped'))
  .catch(e => {
    console.log('catch:', e.message);
    throw new Error('catch failed too');
  })
  .catch(e => console.log('second catch:', e.message))
  .then(() => console.log('end of chain'));
