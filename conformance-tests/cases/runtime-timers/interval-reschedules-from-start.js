// setInterval reschedules from the start of its callback: a slow callback does not push the next run out.
const start = performance.now();
let n = 0;
const iv = setInterval(() => {
  n++;
  const t0 = performance.now();
  while (performance.now() - t0 < 30) { /* busy */ }
  if (n === 3) {
    clearInterval(iv);
    const elapsed = performance.now() - start;
    console.log('three runs in under 185ms', elapsed < 185);
  }
}, 40);
