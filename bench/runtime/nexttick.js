// 1,000,000 process.nextTick callbacks, each queueing the next one.
const N = 1000000;
const start = performance.now();
let n = 0;
function tick() {
  n++;
  if (n < N) process.nextTick(tick);
  else console.log('RESULT ' + (performance.now() - start).toFixed(1));
}
process.nextTick(tick);
