// When the loop is late, node runs whole lists (by duration) in expiry order: both 10 ms timers before the
// 5 ms timer created later, even though that one's deadline is earlier than the second 10 ms timer's.
const t0 = performance.now();
setTimeout(() => console.log('10 a'), 10);
while (performance.now() - t0 < 3) { /* busy */ }
setTimeout(() => console.log('10 b'), 10);
while (performance.now() - t0 < 6) { /* busy */ }
setTimeout(() => console.log('5 c'), 5);
while (performance.now() - t0 < 30) { /* busy */ }
