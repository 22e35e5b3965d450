// An interval cleared by a timeout. How many ticks fit before the timeout depends on how late each tick
// starts (an interval is rescheduled from its callback's start), so only the first ticks are printed.
let n = 0;
const iv = setInterval(() => {
  n++;
  if (n <= 2) console.log('interval', n);
}, 20);
setTimeout(() => {
  clearInterval(iv);
  console.log('cleared after', n >= 2 ? 'at least two' : 'fewer', 'ticks');
}, 110);
