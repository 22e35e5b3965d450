// process.stdout.write's callback and the 'warning' event both come from the nextTick queue, in order.
process.stdout.write('x\n', () => console.log('write cb'));
process.stdout.write('y\n', 'utf8', () => console.log('write cb 2'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout'), 0);
console.log(typeof process.stdout.on, process.stdout.writable, typeof process.stderr.write);
process.on('warning', w => console.log('warning event', w.name, w.message, w instanceof Error));
process.emitWarning('careful');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning(new Error('as error'));
console.log('sync end');
(async () => { await new Promise(r => process.stdout.write('z\n', r)); console.log('after write'); })();
