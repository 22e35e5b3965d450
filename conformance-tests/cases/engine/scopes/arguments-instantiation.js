// The arguments object exists before the parameters are bound (defaults can read it), and a var named
// arguments is initialized with it rather than replacing it.
function f(a, b = arguments.length) { return b; }
console.log(f(1, undefined, 3));
function g() { var arguments; return typeof arguments; }
console.log(g(1));
function g2(x) { var arguments = 5; return [arguments, x]; }
console.log(g2(1));
function h(a = () => arguments[1]) { return a(); }
console.log(h(undefined, 8));
function mapped(a) { var arguments; arguments[0] = 'changed'; return a; }
console.log(mapped('orig'));
function shadowParam(arguments) { return arguments; }
console.log(shadowParam('param'));
function shadowFn() { function arguments() {} return typeof arguments; }
console.log(shadowFn());
function defaults(a, b = a + arguments[0]) { return [a, b, arguments.length]; }
console.log(defaults(2), defaults(2, 3));
