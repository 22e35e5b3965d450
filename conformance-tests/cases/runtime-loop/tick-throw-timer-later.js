// With the timer not yet due, the ticks left by a throwing tick run first (node queues an immediate for them).
process.on('uncaughtException', e => console.log('caught'));
process.nextTick(() => { throw new Error('t1'); });
process.nextTick(() => console.log('tick2'));
setTimeout(() => console.log('timeout'), 50);
