// Indexed array reads and writes in loops: a prime sieve and a matrix product.
const start = performance.now();
const n = 2000000;
const composite = new Array(n + 1).fill(false);
let primes = 0;
for (let i = 2; i <= n; i++) {
  if (!composite[i]) {
    primes++;
    for (let j = i * 2; j <= n; j += i) composite[j] = true;
  }
}
const size = 80;
const a = [], b = [], c = [];
for (let i = 0; i < size; i++) {
  a.push([]); b.push([]); c.push([]);
  for (let j = 0; j < size; j++) { a[i].push((i + j) % 7); b[i].push((i * j) % 5); c[i].push(0); }
}
for (let i = 0; i < size; i++)
  for (let j = 0; j < size; j++) {
    let s = 0;
    for (let k = 0; k < size; k++) s += a[i][k] * b[k][j];
    c[i][j] = s;
  }
let trace = 0;
for (let i = 0; i < size; i++) trace += c[i][i];
console.log('# primes', primes, 'trace', trace, 'ms', Math.round(performance.now() - start));
