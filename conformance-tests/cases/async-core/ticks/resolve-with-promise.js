// resolve(p) with a native promise costs 2 extra ticks compared with resolve(value).
const p = Promise.resolve('inner');
new Promise(resolve => resolve(p)).then(v => console.log('resolve(p) ->', v));
new Promise(resolve => resolve('plain')).then(v => console.log('resolve(value) ->', v));
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  c = c.then(() => console.log('tick', i));
}
