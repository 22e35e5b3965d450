// await p and p.then(...) registered in that order on the same promise run in registration order.
const p = Promise.resolve('shared');
async function f(name) {
  const v = await p;
  console.log(name, 'await got', v);
}
f('first');
p.then(v => console.log('then got', v));
f('second');
p.then(v => console.log('then again got', v));
