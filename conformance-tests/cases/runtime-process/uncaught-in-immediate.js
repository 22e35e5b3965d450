process.on('uncaughtException', (e) => console.log('caught', e.message));
setImmediate(() => {
  process.nextTick(() => console.log('tick'));
  throw new Error('i1');
});
setImmediate(() => console.log('i2'));
setTimeout(() => console.log('timer'), 10);
