function a(x) { console.log('a', x); }
function b(x) { console.log('b', x); }
process.on('custom', a);
process.once('custom', b);
console.log(process.listenerCount('custom'));
console.log(process.emit('custom', 1));
console.log(process.listenerCount('custom'));
console.log(process.emit('custom', 2));
process.off('custom', a);
console.log(process.emit('custom', 3), process.listenerCount('custom'));
console.log(process.on('x', a) === process);
process.prependListener('x', b);
process.emit('x', 'order');
console.log(process.listeners('x').length);
process.removeAllListeners('x');
console.log(process.listenerCount('x'));
