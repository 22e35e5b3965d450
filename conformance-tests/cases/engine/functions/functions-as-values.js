// Functions stored in properties, returned from calls and called immediately.
var ops = { add: (a, b) => a + b, sub: (a, b) => a - b, mul: function (a, b) { return a * b; } };
var names = Object.keys(ops);
console.log(names.map(n => n + '=' + ops[n](6, 3)).join(' '));
function adder(n) { return function (m) { return n + m; }; }
console.log(adder(1)(2), adder('a')('b'));
var table = [[x => x + 1, 1], [x => x * x, 5], [Math.sqrt, 81]];
console.log(table.map(([fn, arg]) => fn(arg)).join());
console.log((function () { return typeof arguments; })(), (() => 'arrow')());
