// this in plain calls: undefined in strict mode, globalThis in sloppy mode.
function sloppy() { return this === globalThis; }
function strict() { 'use strict'; return this; }
console.log(sloppy(), String(strict()));
function sloppyThis() { return this; }
console.log(typeof sloppyThis.call(5), typeof strict.call(5), sloppyThis.call(5) instanceof Number);
console.log(sloppy.call(null), String(strict.call(null)));
var o = { m: strict };
console.log(o.m() === o);
var detached = o.m;
console.log(String(detached()));
function strictOuter() { 'use strict'; return (function () { return this; })(); }
console.log(String(strictOuter()));
