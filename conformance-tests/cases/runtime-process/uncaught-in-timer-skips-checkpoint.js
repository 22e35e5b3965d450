// After a timer throws (and a listener handles it) node runs the next timer before draining ticks.
process.on('uncaughtException', (e) => console.log('caught', e.message));
setTimeout(() => {
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
  throw new Error('t1');
}, 1);
setTimeout(() => console.log('t2'), 1);
// both timers are due in the first timers phase even if a millisecond boundary fell between their starts
const end = Date.now() + 5;
while (Date.now() < end) { /* busy */ }
