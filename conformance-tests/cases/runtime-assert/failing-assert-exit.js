// An uncaught AssertionError ends the program with exit code 1.
const assert = require('assert');
console.log('checking');
assert.strictEqual(2 + 2, 5);
console.log('not reached');
