// A finally callback that throws or returns a rejected promise replaces the outcome.
Promise.resolve('value')
  .finally(() => { throw new Error('finally threw'); })
  .then(v => console.log('not', v), e => console.log('1:', e.message));
Promise.resolve('value')
  .finally(() => Promise.reject(new Error('finally rejected')))
  .then(v => console.log('not', v), e => console.log('2:', e.message));
Promise.reject(new Error('original'))
  .finally(() => Promise.resolve('ignored'))
  .then(v => console.log('not', v), e => console.log('3:', e.message));
