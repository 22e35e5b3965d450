// arguments objects: callee, length changes, and mapping limits.
function sloppy(a, b) { arguments[1] = 'set'; return String(b) + ':' + arguments.length; }
console.log(sloppy(1), sloppy(1, 2));
function callee() { return arguments.callee === callee; }
console.log(callee());
function strict() { 'use strict'; try { return arguments.callee; } catch (e) { return e.name; } }
console.log(strict());
function withDefaults(a = 0) { a = 99; return arguments[0]; }
console.log(withDefaults(1));
function lengthWrite() { arguments.length = 1; return Array.prototype.join.call(arguments, '-'); }
console.log(lengthWrite('x', 'y', 'z'));
function iter() { var out = []; for (var v of arguments) out.push(v * 2); return out.join(); }
console.log(iter(1, 2, 3));
