// Promise.resolve(p) returns p itself, so it adds no ticks; new Promise(r => r(p)) adds 2.
const p = Promise.resolve('x');
console.log('same object', Promise.resolve(p) === p);
const wrapped = new Promise(r => r(p));
console.log('wrapped is different', wrapped !== p);
wrapped.then(() => console.log('wrapped settled'));
Promise.resolve(p).then(() => console.log('Promise.resolve(p) settled'));
p.then(() => console.log('p settled'));
let c = Promise.resolve();
for (let i = 1; i <= 3; i++) {
  c = c.then(() => console.log('tick', i));
}
