console.log('main starting');
const a = require('./lib/cycle/a.js');
const b = require('./lib/cycle/b.js');
console.log('in main, a.done = %j, b.done = %j', a.done, b.done);
