// Promise.any ignores rejections and takes the first fulfilment.
Promise.any([Promise.reject(new Error('a')), Promise.resolve('b'), Promise.resolve('c')])
  .then(v => console.log('any got', v));
let c = Promise.resolve();
for (let i = 1; i <= 3; i++) c = c.then(() => console.log('tick', i));
