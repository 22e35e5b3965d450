// Array methods with callbacks.
const start = performance.now();
const a = Array.from({ length: 200000 }, (_, i) => i);
const r = a.map(x => x * 2).filter(x => x % 3 === 0).reduce((s, x) => (s + x) % 1000003, 0);
const sorted = a.slice(0, 50000).map(x => (x * 7919) % 50000).sort((x, y) => x - y);
console.log('# r', r, sorted[0], sorted[49999], a.indexOf(199999), 'ms', Math.round(performance.now() - start));
