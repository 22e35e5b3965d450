// The arguments object: length, indexing, sloppy mapping, strict unmapped.
function count() { return arguments.length; }
console.log(count(), count(1, 2, 3), count(undefined));
function first() { return arguments[0] + ':' + arguments[1]; }
console.log(first('a'));
function sloppy(a) { arguments[0] = 'changed'; return a; }
console.log(sloppy('orig'));
function strict(a) { 'use strict'; arguments[0] = 'changed'; return a; }
console.log(strict('orig'));
function toArr() { return Array.prototype.slice.call(arguments).join('-'); }
console.log(toArr(1, 2, 3));
function kind() { return Object.prototype.toString.call(arguments) + ' ' + Array.isArray(arguments); }
console.log(kind());
function spreadArgs() { return [...arguments].reverse().join(''); }
console.log(spreadArgs('a', 'b', 'c'));
function wrap() { return (() => arguments[0])(); }
console.log(wrap('outer-arg'));
