// Ticks left by a throwing tick run before the next immediates (here a timer is not due yet).
process.on('uncaughtException', e => console.log('caught'));
process.nextTick(() => { throw new Error('t1'); });
process.nextTick(() => console.log('tick2'));
setTimeout(() => console.log('timeout'), 5);
setImmediate(() => console.log('immediate'));
