// node >= 11: ticks and promise jobs drain after each timer callback.
setTimeout(() => {
  console.log('timeout 1');
  Promise.resolve().then(() => console.log('promise from 1'));
  process.nextTick(() => console.log('tick from 1'));
}, 0);
setTimeout(() => console.log('timeout 2'), 0);
