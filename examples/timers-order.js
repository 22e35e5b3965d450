// timers-order.js -- when do setTimeout callbacks run?
//
// * A timer never runs before the synchronous code and the pending microtasks
//   are finished, even with a delay of 0.
// * Timers run in order of their due time (creation time + delay), not in the
//   order they were created. Timers with the same due time run in creation order.
// * clearTimeout cancels a timer that has not run yet.
// * A timer created inside a timer callback is timed from that moment.
//
// Expected output:
//   script done
//   0ms
//   0ms again (same delay: creation order)
//   50ms
//   200ms, scheduling one more in 100ms
//   200ms + 100ms   (due at about 300ms, so before the 500ms timer)
//   500ms

setTimeout(() => console.log('500ms'), 500);
setTimeout(() => {
  console.log('200ms, scheduling one more in 100ms');
  setTimeout(() => console.log('200ms + 100ms'), 100); // due at about 200 + 100 = 300ms
}, 200);
setTimeout(() => console.log('0ms'), 0);
const cancelled = setTimeout(() => console.log('never printed'), 10);
setTimeout(() => console.log('50ms'), 50);
setTimeout(() => console.log('0ms again (same delay: creation order)'), 0);
clearTimeout(cancelled);
console.log('script done');
