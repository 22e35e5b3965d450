// Promise.all with an already-rejected input rejects after a fixed number of ticks.
Promise.all([Promise.resolve(1), Promise.reject(new Error('bad')), 3])
  .catch(e => console.log('caught', e.message));
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) c = c.then(() => console.log('tick', i));
