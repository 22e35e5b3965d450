// After the 'exit' listeners promise jobs still run, nextTick callbacks no longer do.
process.on('exit', () => {
  Promise.resolve().then(() => console.log('promise job in exit'));
  process.nextTick(() => console.log('never: tick in exit'));
  console.log('exit listener');
});
