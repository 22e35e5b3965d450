// Tick-by-tick interleaving of an async function's awaits with a then chain.
async function f() {
  console.log(1);
  await null;
  console.log(2);
  await null;
  console.log(3);
  await null;
  console.log(4);
}
f();
Promise.resolve()
  .then(() => console.log('a'))
  .then(() => console.log('b'))
  .then(() => console.log('c'))
  .then(() => console.log('d'));
console.log('sync');
