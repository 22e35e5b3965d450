// Argument evaluation order is left to right and before the call.
var log = [];
function a() { log.push('a'); return 1; }
function b() { log.push('b'); return 2; }
function callee(x, y) { log.push('callee'); return x + y; }
function getCallee() { log.push('get'); return callee; }
console.log(getCallee()(a(), b()), log.join(','));
log = [];
var o = { get m() { log.push('getter'); return callee; } };
o.m(a(), b());
console.log(log.join(','));
