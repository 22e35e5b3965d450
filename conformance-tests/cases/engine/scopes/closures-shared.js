// Closures share the captured binding, not a copy.
function makePair() {
  let n = 0;
  return { inc: () => ++n, get: () => n };
}
var p = makePair(), q = makePair();
p.inc(); p.inc(); q.inc();
console.log(p.get(), q.get());
var late = function () { return captured; };
var captured = 'first';
console.log(late());
captured = 'second';
console.log(late());
function counterFactory() {
  var count = 0;
  return function () { count += 1; return count; };
}
var c1 = counterFactory();
c1(); c1();
console.log(c1(), counterFactory()());
