let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
}, 20);
setTimeout(() => {
  clearInterval(iv);
  console.log('cleared after', n >= 2 ? 'at least two' : 'fewer', 'ticks');
}, 110);
