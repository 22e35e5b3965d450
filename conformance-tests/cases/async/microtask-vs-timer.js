// Promise callbacks (microtasks) always run before timer callbacks.
setTimeout(() => console.log('timeout 0'), 0);
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('queueMicrotask'));
async function f() {
  console.log('async start');
  await null;
  console.log('after await');
  await null;
  console.log('after second await');
}
f();
Promise.resolve()
  .then(() => console.log('chain 1'))
  .then(() => console.log('chain 2'))
  .then(() => console.log('chain 3'));
console.log('sync end');
