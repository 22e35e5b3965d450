// The 11th listener of one event emits a MaxListenersExceededWarning (once per event), as node's does.
const EventEmitter = require('events');
process.on('warning', (w) => console.log(w.name, w.message, w.count, w.type, w.emitter === e));
const e = new EventEmitter();
for (let i = 0; i < 12; i++) e.on('x', () => {});
e.setMaxListeners(1);
e.on('y', () => {});
e.on('y', () => {});
console.log('sync end', e.listenerCount('x'));
