// An unhandled 'error' event is an uncaught exception: exit code 1, nothing after it runs.
const EventEmitter = require('events');
const e = new EventEmitter();
setTimeout(() => console.log('never printed'), 10);
console.log('before');
e.emit('error', new Error('nobody listens'));
console.log('after');
