// arguments objects, __proto__ in literals and accessor, Function.prototype.toString source text.
function f() { return Array.prototype.slice.call(arguments, 1).join() + ' ' + arguments.length + ' ' + Array.isArray(arguments) + ' ' + Object.prototype.toString.call(arguments); }
console.log(f(1, 2, 3));
function g() { return Array.from(arguments).map(x => x * 2).join(); }
console.log(g(1, 2), String(function h(a, b) { return a + b; }));
const o = { __proto__: { inherited: 1 } }; console.log(o.inherited, Object.keys(o).length, ({}).__proto__ === Object.prototype);
