// Defaults are only evaluated when the value is undefined.
var calls = 0;
function d(v) { calls++; return v; }
var { a = d('A'), b = d('B'), c = d('C') } = { a: 0, b: null };
console.log(a, String(b), c, calls);
var [x = d('X'), y = d('Y')] = [false];
console.log(x, y, calls);
var [p = 1, q = p * 10, r = q + p] = [];
console.log(p, q, r);
