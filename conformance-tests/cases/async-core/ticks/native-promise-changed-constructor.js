// await of a native promise whose constructor property was changed wraps it, costing extra ticks.
const normal = Promise.resolve('normal');
const odd = Promise.resolve('odd');
odd.constructor = Object;
async function f(name, p) {
  console.log(name, await p);
}
f('odd', odd);
f('normal', normal);
let c = Promise.resolve();
for (let i = 1; i <= 3; i++) {
  c = c.then(() => console.log('tick', i));
}
