process.on('uncaughtException', (e) => console.log('caught', e.message));
process.nextTick(() => {
  Promise.resolve().then(() => console.log('promise'));
  throw new Error('tick error');
});
process.nextTick(() => console.log('tick 2'));
setImmediate(() => console.log('immediate'));
