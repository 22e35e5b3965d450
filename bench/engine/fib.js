// Recursive fib: calls, int arithmetic, comparisons.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const start = performance.now();
const r = fib(27);
console.log('# fib(27) =', r, 'ms', Math.round(performance.now() - start));
