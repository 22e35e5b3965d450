// Microtasks queued by a timer callback run before the next timer callback.
setTimeout(() => {
  console.log('timer A');
  Promise.resolve().then(() => console.log('microtask from A'));
  queueMicrotask(() => console.log('queueMicrotask from A'));
  console.log('timer A end');
}, 0);
setTimeout(() => {
  console.log('timer B');
  Promise.resolve()
    .then(() => console.log('B chain 1'))
    .then(() => console.log('B chain 2'));
}, 0);
setTimeout(() => console.log('timer C'), 0);
