// node >= 11: ticks and promise jobs drain after each immediate, not after the whole phase.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise from 1'));
  process.nextTick(() => console.log('tick from 1'));
});
setImmediate(() => console.log('immediate 2'));
