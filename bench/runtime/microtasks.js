// 1,000,000 queueMicrotask callbacks, each queueing the next one.
const N = 1000000;
const start = performance.now();
let n = 0;
function job() {
  n++;
  if (n < N) queueMicrotask(job);
  else console.log('RESULT ' + (performance.now() - start).toFixed(1));
}
queueMicrotask(job);
