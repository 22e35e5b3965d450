// queueMicrotask and promise jobs share one FIFO queue.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('qm 2'));
Promise.resolve().then(() => {
  console.log('promise 2');
  queueMicrotask(() => console.log('qm from promise 2'));
});
queueMicrotask(() => {
  console.log('qm 3');
  Promise.resolve().then(() => console.log('promise from qm 3'));
});
console.log('sync end');
