// A chain of 1,000,000 .then reactions.
const N = 1000000;
let p = Promise.resolve(0);
for (let i = 0; i < N; i++) {
  p = p.then(v => v + 1);
}
const start = performance.now();
p.then(v => console.log('# value', v, 'ms', Math.round(performance.now() - start)));
