// events.on: for await over emits; queued while nobody waits, ended by break (listeners removed) or 'error'.
const { EventEmitter, on } = require('events');

async function collect() {
  const e = new EventEmitter();
  e.emit('tick', 'lost: no listener yet');
  const iterator = on(e, 'tick');
  e.emit('tick', 1);
  e.emit('tick', 2, 'two');
  setTimeout(() => e.emit('tick', 3), 1);
  setTimeout(() => e.emit('tick', 4), 5);
  for await (const args of iterator) {
    console.log('got', args);
    if (args[0] === 4) break;
  }
  console.log('listeners after break', e.listenerCount('tick'), e.listenerCount('error'));
}

async function failing() {
  const e = new EventEmitter();
  setTimeout(() => {
    e.emit('data', 'a');
    e.emit('error', new Error('broken'));
  }, 1);
  try {
    for await (const [value] of on(e, 'data')) {
      console.log('data', value);
    }
  } catch (err) {
    console.log('caught', err.message, e.listenerCount('data'));
  }
}

collect().then(failing).then(() => console.log('done'));
