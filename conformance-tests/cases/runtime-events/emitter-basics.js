// require('events'): listeners in order, once, prepend, off, the listener bookkeeping, emit's return value.
const EventEmitter = require('events');
console.log(EventEmitter === EventEmitter.EventEmitter, EventEmitter.defaultMaxListeners);
const e = new EventEmitter();
console.log(e);
e.on('data', (x) => console.log('first', x));
e.prependListener('data', (x) => console.log('prepended', x));
e.once('data', function (x) { console.log('once', x, this === e); });
console.log(e.listenerCount('data'), e.eventNames(), e.emit('data', 1), e.emit('data', 2), e.emit('none'));
const f = () => console.log('never');
e.on('x', f);
e.off('x', f);
console.log(e.emit('x'), e.listeners('data').length, e.rawListeners('data').length);
e.once('y', f);
console.log(e.listeners('y')[0] === f, e.rawListeners('y')[0] === f, e.rawListeners('y')[0].listener === f);
e.removeListener('y', f);
console.log(e.eventNames());
e.removeAllListeners('data');
console.log(e.eventNames(), e.getMaxListeners(), e.setMaxListeners(3) === e, e.getMaxListeners());
// emit works on a copy: a listener added during emit runs next time only
const g = new EventEmitter();
g.on('t', () => { console.log('t1'); g.on('t', () => console.log('t-late')); });
g.emit('t');
g.emit('t');
// newListener fires before the listener is added; removeListener after it is removed
const h = new EventEmitter();
h.on('newListener', (name) => console.log('newListener', name, h.listenerCount(name)));
h.on('removeListener', (name) => console.log('removeListener', name, h.listenerCount(name)));
const k = () => {};
h.on('k', k);
h.off('k', k);
h.on('z', () => {});
h.removeAllListeners();
console.log(h.eventNames());
try {
  h.on('bad', 42);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
