// 'error' with no listener throws; a subclass of EventEmitter; events.once as a promise.
const EventEmitter = require('events');
const { once } = require('events');
class Door extends EventEmitter {
  open() {
    this.emit('open', 'wide');
  }
}
const d = new Door();
d.on('open', (how) => console.log('opened', how, d instanceof EventEmitter));
d.open();
console.log(d.constructor.name, Object.keys(d));
try {
  d.emit('error', new Error('hinge'));
} catch (e) {
  console.log('thrown', e.message);
}
try {
  d.emit('error', 'just a string');
} catch (e) {
  console.log('thrown', e.code, e.message, e.context);
}
d.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
d.on('error', (err) => console.log('handled', err.message));
d.emit('error', new Error('squeak'));

async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 1);
  console.log('ready with', await once(e, 'ready'));
  setTimeout(() => e.emit('error', new Error('late')), 1);
  try {
    await once(e, 'never');
  } catch (err) {
    console.log('rejected', err.message, e.listenerCount('never'), e.listenerCount('error'));
  }
}
main().then(() => console.log('done'));
console.log('sync end');
