// all, allSettled, race and any of one resolved promise, compared on a tick counter.
const p = Promise.resolve('x');
Promise.any([p]).then(() => console.log('any'));
Promise.race([p]).then(() => console.log('race'));
Promise.allSettled([p]).then(() => console.log('allSettled'));
Promise.all([p]).then(() => console.log('all'));
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) c = c.then(() => console.log('tick', i));
