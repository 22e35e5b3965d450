// microtask-before-timer.js -- promise callbacks beat setTimeout(..., 0).
//
// The event loop has (at least) two queues:
//   * the microtask queue: promise reactions (.then/.catch callbacks, code
//     after an await) and queueMicrotask callbacks;
//   * the timer queue: setTimeout callbacks, once their delay has passed.
//
// After the main script, and after EVERY single timer callback, the loop
// empties the whole microtask queue -- including microtasks that were added
// while it was emptying it -- before it looks at the next timer.
//
// Expected output:
//   sync 1
//   sync 2
//   microtask 1
//   microtask 2
//   microtask 3 (queued by microtask 2)
//   timer 1
//   microtask queued by timer 1
//   timer 2

setTimeout(() => {
  console.log('timer 1');
  // This microtask runs before timer 2, even though timer 2 is already due.
  Promise.resolve().then(() => console.log('microtask queued by timer 1'));
}, 0);
setTimeout(() => console.log('timer 2'), 0);

Promise.resolve().then(() => console.log('microtask 1'));
queueMicrotask(() => {
  console.log('microtask 2');
  // Queued while the microtask queue is being drained: still runs before any timer.
  queueMicrotask(() => console.log('microtask 3 (queued by microtask 2)'));
});

console.log('sync 1');
console.log('sync 2');
