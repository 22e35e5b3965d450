// Promise.race of already-resolved inputs: the first in iteration order wins.
Promise.race([Promise.resolve('first'), Promise.resolve('second'), 'third'])
  .then(v => console.log('winner', v));
Promise.race(['plain', Promise.resolve('promise')]).then(v => console.log('winner', v));
let c = Promise.resolve();
for (let i = 1; i <= 3; i++) c = c.then(() => console.log('tick', i));
