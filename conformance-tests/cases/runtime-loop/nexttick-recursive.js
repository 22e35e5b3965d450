// Ticks queued by ticks run in the same drain, before any promise job.
let n = 0;
function tick() {
  n++;
  console.log('tick', n);
  if (n < 4) process.nextTick(tick);
}
Promise.resolve().then(() => console.log('promise after', n));
process.nextTick(tick);
