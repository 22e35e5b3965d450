// A thenable whose then throws rejects the await; a throw after resolve is ignored.
async function f(name, thenable) {
  try {
    console.log(name, 'got', await thenable);
  } catch (e) {
    console.log(name, 'caught', e.message);
  }
}
f('throws', { then() { throw new Error('then threw'); } });
f('late-throw', { then(r) { r('ok'); throw new Error('ignored'); } });
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
