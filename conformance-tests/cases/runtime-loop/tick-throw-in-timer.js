// A tick throwing inside a timer callback: the rest of the ticks run before the immediates.
process.on('uncaughtException', e => console.log('caught'));
setTimeout(() => { process.nextTick(() => { throw new Error('t1'); }); process.nextTick(() => console.log('tick2')); setImmediate(() => console.log('immediate')); setTimeout(() => console.log('timeout2'), 0); }, 1);
