// await on a non-promise value still yields to other work for one tick.
async function f() {
  const a = await 42;
  console.log('a', a);
  const b = await 'text';
  console.log('b', b);
  const c = await undefined;
  console.log('c', c);
  const d = await { x: 1 };
  console.log('d', d.x);
}
f();
Promise.resolve()
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'))
  .then(() => console.log('then 4'));
console.log('sync');
