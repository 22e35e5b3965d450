// An emitter inspects as node's does: _events with single functions, arrays and bound once wrappers.
const EventEmitter = require('events');
class Door extends EventEmitter {}
const d = new Door();
d.on('open', function onOpen() {});
d.once('close', () => {});
d.on('open', () => {});
console.log(d);
console.log(require('util').inspect(d, { depth: 0 }));
console.log(d.rawListeners('close'));
console.log(EventEmitter.listenerCount(d, 'open'), d.eventNames());
