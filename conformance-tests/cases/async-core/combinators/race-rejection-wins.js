// An earlier rejection wins Promise.race; a later fulfilment is ignored.
function after(ms, v, fail) {
  return new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
}
Promise.race([after(200, 'slow ok'), after(100, 'fast fail', true)])
  .then(v => console.log('fulfilled', v), e => console.log('rejected', e.message));
Promise.race([after(0, 'quick ok'), after(100, 'late fail', true)])
  .then(v => console.log('fulfilled', v), e => console.log('rejected', e.message));
