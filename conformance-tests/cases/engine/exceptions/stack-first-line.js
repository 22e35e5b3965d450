// e.stack is a string whose first line is "Name: message".
var e = new Error('something broke');
console.log(typeof e.stack, e.stack.split('\n')[0]);
var t = new TypeError('bad type');
console.log(t.stack.split('\n')[0]);
var empty = new Error();
console.log(JSON.stringify(empty.stack.split('\n')[0]));
function thrower() { throw new RangeError('out of range'); }
try { thrower(); } catch (err) { console.log(err.stack.split('\n')[0], err.stack.split('\n').length > 1); }
console.log(new SyntaxError('syn').stack.startsWith('SyntaxError: syn\n'));
