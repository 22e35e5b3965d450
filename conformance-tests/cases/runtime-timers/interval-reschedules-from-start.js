// setInterval reschedules from the start of its callback: a slow callback does not push the next run out.
// With a 100 ms interval and an 80 ms callback, runs start about 100 ms apart (180 ms if the interval were
// counted from the end of the callback); the threshold sits in the middle to tolerate a loaded machine.
let n = 0;
const starts = [];
const iv = setInterval(() => {
  n++;
  const t0 = performance.now();
  starts.push(t0);
  while (performance.now() - t0 < 80) { /* busy */ }
  if (n === 3) {
    clearInterval(iv);
    const gaps = [starts[1] - starts[0], starts[2] - starts[1]];
    console.log('runs start about an interval apart', gaps.every(g => g >= 95 && g < 150));
  }
}, 100);
