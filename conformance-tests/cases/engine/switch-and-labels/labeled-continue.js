// Labeled continue skips to the next iteration of an outer loop.
var out = [];
rows: for (var r = 0; r < 4; r++) {
  for (var c = 0; c < 4; c++) {
    if (c > r) continue rows;
    out.push(r + '' + c);
  }
}
console.log(out.join(' '));
var primes = [];
candidates: for (var n = 2; n < 30; n++) {
  for (var d = 2; d * d <= n; d++) if (n % d === 0) continue candidates;
  primes.push(n);
}
console.log(primes.join());
