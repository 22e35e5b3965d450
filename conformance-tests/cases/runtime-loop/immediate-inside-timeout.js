// After the timers phase comes poll then check: an immediate queued by a timer runs before a 0 ms timer.
setTimeout(() => {
  setTimeout(() => console.log('timeout 0 from timeout'), 0);
  setImmediate(() => console.log('immediate from timeout'));
}, 0);
