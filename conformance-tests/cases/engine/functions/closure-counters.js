// Closures as private state: counters, memoization and once.
function makeCounter(start = 0, step = 1) {
  let n = start;
  return { next: () => (n += step), reset: () => { n = start; } };
}
var c = makeCounter(10, 5);
c.next(); c.next();
console.log(c.next());
c.reset();
console.log(c.next());
function memo(fn) {
  var cache = {}, misses = 0;
  var wrapped = n => (n in cache ? cache[n] : (misses++, cache[n] = fn(n)));
  wrapped.misses = () => misses;
  return wrapped;
}
var sq = memo(n => n * n);
console.log(sq(4), sq(4), sq(5), sq.misses());
function once(fn) { var done = false, r; return function () { if (!done) { done = true; r = fn.apply(this, arguments); } return r; }; }
var init = once(x => 'init ' + x);
console.log(init(1), init(2));
