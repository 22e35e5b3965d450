// A long promise chain finishes before the first timer.
let p = Promise.resolve(0);
for (let i = 0; i < 100; i++) p = p.then((v) => v + 1);
p.then((v) => console.log('chain', v));
setTimeout(() => console.log('timer'), 0);
