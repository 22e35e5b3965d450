// Infinite generators consumed with break and helper functions.
function* naturals() { var n = 0; while (true) yield n++; }
function* take(it, n) { if (n <= 0) return; for (var v of it) { yield v; if (--n <= 0) return; } }
function* filter(it, p) { for (var v of it) if (p(v)) yield v; }
function* map(it, f) { for (var v of it) yield f(v); }
console.log([...take(map(filter(naturals(), n => n % 3 === 0), n => n * n), 5)].join());
var fib = function* () { var [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } };
var out = [];
for (var f of fib()) { if (f > 100) break; out.push(f); }
console.log(out.join());
function* primes() {
  var found = [];
  for (var n = 2; ; n++) if (found.every(p => n % p)) { found.push(n); yield n; }
}
console.log([...take(primes(), 10)].join());
