// Sloppy functions own 'arguments' and 'caller' (V8); strict functions, arrows and classes do not.
function f() { return [typeof f.caller, typeof f.arguments]; }
console.log(Object.getOwnPropertyNames(function () {}), Object.getOwnPropertyNames(() => {}));
console.log(Object.getOwnPropertyNames(function () { 'use strict'; }), Object.getOwnPropertyNames(class {}));
const g = function () {}; console.log(g.caller, g.arguments, Object.getOwnPropertyDescriptor(g, 'caller'));
try { (function () { 'use strict'; }).caller; } catch (e) { console.log(e.constructor.name); }
console.log(Object.keys(g), JSON.stringify(Object.assign({}, g)));
