// setTimeout with 0ms still waits for all synchronous code and all microtasks.
let state = 'initial';
setTimeout(() => console.log('timer sees state', state), 0);
state = 'set synchronously';
Promise.resolve().then(() => {
  state = 'set by microtask';
  console.log('microtask ran');
});
let sum = 0;
for (let i = 0; i < 100000; i = i + 1) {
  sum = sum + i;
}
console.log('sync loop done', sum);
