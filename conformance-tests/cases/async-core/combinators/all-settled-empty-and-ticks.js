// Promise.allSettled([]) fulfils at once; with inputs it takes the same ticks as Promise.all.
Promise.allSettled([]).then(v => console.log('allSettled empty', v.length));
Promise.allSettled([1, Promise.reject('r')]).then(v => console.log('allSettled', v[0].status, v[1].status));
Promise.all([1, 2]).then(v => console.log('all', v.join(',')));
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) c = c.then(() => console.log('tick', i));
