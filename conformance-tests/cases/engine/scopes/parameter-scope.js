// With parameter expressions (defaults, destructuring) the body's declarations get an environment of their own:
// closures in defaults see the parameters, a var named like a parameter starts with its value.
function f(a, g = () => a) { var a = 2; return [a, g()]; }
console.log(f(1));
const x = 'outer';
function h(p = x) { const x = 'inner'; return [p, x]; }
console.log(h());
function k(p = () => typeof y) { let y = 1; return p(); }
console.log(k());
function same(a = 1) { var a; return a; }
console.log(same(), same(5));
function args(a = 0) { return arguments.length + ':' + arguments[0]; }
console.log(args(7, 8));
function destr({ u } = { u: 'default' }, v = u) { var u = 'body'; return [u, v]; }
console.log(destr());
function hoisted(a = () => inner()) { function inner() { return 'body fn'; } return typeof a; }
console.log(hoisted());
function counter(n = 1, inc = () => n++) { inc(); inc(); return n; }
console.log(counter());
async function asyncDefaults(a = 1, b = () => a) { var a = 2; await null; return [a, b()]; }
asyncDefaults().then(v => console.log('async', v));
function* genDefaults(a = 1, b = () => a) { var a = 2; yield [a, b()]; }
console.log('gen', genDefaults().next().value);
const arrow = (a, b = () => a) => { var a = 9; return [a, b()]; };
console.log('arrow', arrow(3));
