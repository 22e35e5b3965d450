// Microtasks queued inside a timer callback run before the next timer callback.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('timer 1 microtask'));
  queueMicrotask(() => console.log('timer 1 queueMicrotask'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('timer 2 microtask'));
}, 0);
setTimeout(() => console.log('timer 3 (100ms)'), 100);
