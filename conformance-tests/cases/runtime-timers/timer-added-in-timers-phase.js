// A timer created during the timers phase runs in a later iteration, after the check phase.
setTimeout(() => {
  console.log('first');
  setTimeout(() => console.log('added during phase'), 0);
  setImmediate(() => console.log('immediate'));
}, 0);
setTimeout(() => console.log('second (same list)'), 0);
