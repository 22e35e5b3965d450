// Closures: counters captured in environments, higher-order calls.
function makeCounter() { let c = 0; return () => ++c; }
const start = performance.now();
const counters = [];
for (let i = 0; i < 1000; i++) counters.push(makeCounter());
let sum = 0;
for (let r = 0; r < 300; r++) for (const c of counters) sum += c();
const compose = (f, g) => x => f(g(x));
const inc = x => x + 1, dbl = x => x * 2;
const h = compose(inc, dbl);
for (let i = 0; i < 300000; i++) sum = (sum + h(i)) % 1000003;
console.log('# sum', sum, 'ms', Math.round(performance.now() - start));
