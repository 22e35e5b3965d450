// Default parameters are evaluated at call time and may refer to earlier params.
function f(a, b = a * 2, c = a + b) { return [a, b, c].join(','); }
console.log(f(1), f(1, 5), f(1, undefined, 0), f(1, null));
var counter = 0;
function g(x = ++counter) { return x; }
console.log(g(), g(), g(10), counter);
function h(list = []) { list.push(1); return list.length; }
console.log(h(), h());
function withFn(a, getA = () => a) { a = 'changed'; return getA(); }
console.log(withFn('orig'));
function len(a, b = 1, c) {}
console.log(len.length);
function argsLen(a = 1) { return arguments.length; }
console.log(argsLen(), argsLen(undefined));
