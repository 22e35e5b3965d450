// queueMicrotask callbacks share one FIFO queue with promise reactions.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('qm 2');
  queueMicrotask(() => console.log('qm nested'));
  Promise.resolve().then(() => console.log('promise from qm 2'));
});
Promise.resolve().then(() => console.log('promise 2'));
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
