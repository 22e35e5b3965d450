// yield* delegates to iterables and returns the delegate's return value.
function* inner() { yield 'i1'; yield 'i2'; return 'inner-result'; }
function* outer() { yield 'o1'; var r = yield* inner(); yield 'got ' + r; yield* ['a1', 'a2']; yield* 'xy'; }
console.log([...outer()].join());
function* tree(t) { if (!t) return; yield* tree(t.l); yield t.v; yield* tree(t.r); }
var t = { v: 4, l: { v: 2, l: { v: 1 }, r: { v: 3 } }, r: { v: 6, l: { v: 5 } } };
console.log([...tree(t)].join());
function* echo() { while (true) { var x = yield; console.log('echo got', x); } }
function* wrapper() { yield* echo(); }
var w = wrapper(); w.next(); w.next('A'); w.next('B');
var log = [];
function* closable() { try { yield 1; yield 2; } finally { log.push('inner closed'); } }
function* delegating() { yield* closable(); }
for (var v of delegating()) break;
console.log(log.join());
