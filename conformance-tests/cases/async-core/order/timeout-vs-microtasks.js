// All microtasks, including those they queue, run before a 0 ms timer.
setTimeout(() => console.log('timeout'), 0);
async function f() {
  for (let i = 1; i <= 5; i++) {
    await null;
    console.log('await', i);
  }
}
f();
Promise.resolve().then(() => queueMicrotask(() => console.log('deep microtask')));
console.log('sync end');
