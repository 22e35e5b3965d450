// Promise.all of already-resolved values: how many ticks until its then callback runs.
Promise.all([1, Promise.resolve(2)]).then(v => console.log('all', v.join(',')));
Promise.all([]).then(v => console.log('all empty, length', v.length));
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) c = c.then(() => console.log('tick', i));
