const f = require('./lib/strict');
console.log(f() === undefined);
function sloppy() { return this; }
console.log(sloppy() === globalThis);
