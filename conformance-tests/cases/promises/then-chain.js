// Values flow down a then chain; returning a value passes it on.
Promise.resolve(1)
  .then(v => {
    console.log('got', v);
    return v + 1;
  })
  .then(v => {
    console.log('got', v);
    return v * 10;
  })
  .then(v => {
    console.log('got', v);
  })
  .then(v => {
    console.log('no return gives', v);
  });
console.log('sync end');
