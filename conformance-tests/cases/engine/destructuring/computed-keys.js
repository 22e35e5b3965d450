// Computed keys in patterns are evaluated in order.
var log = [];
function key(k) { log.push('key ' + k); return k; }
var { [key('a')]: A, [key('b')]: B = (log.push('default b'), 'B') } = { a: 'A' };
console.log(A, B, log.join(', '));
var sym = Symbol('s');
var { [sym]: symVal } = { [sym]: 'sym-value' };
console.log(symVal);
var i = 0;
var { [i++]: first, [i++]: second } = ['zero', 'one'];
console.log(first, second, i);
