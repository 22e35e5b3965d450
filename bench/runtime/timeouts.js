// 100,000 setTimeout(0): schedule them all, report the time until the last one fired.
const N = 100000;
const start = performance.now();
let fired = 0;
for (let i = 0; i < N; i++) {
  setTimeout(() => {
    fired++;
    if (fired === N) console.log('RESULT ' + (performance.now() - start).toFixed(1));
  }, 0);
}
