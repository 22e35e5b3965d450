// The whole cycle inside a timer: sync, ticks, promises, check phase, then timers.
setTimeout(() => {
  console.log('timer');
  setTimeout(() => console.log('timer 2'), 0);
  setImmediate(() => {
    console.log('immediate');
    process.nextTick(() => console.log('tick in immediate'));
    Promise.resolve().then(() => console.log('promise in immediate'));
  });
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('tick'));
  console.log('timer end');
}, 1);
