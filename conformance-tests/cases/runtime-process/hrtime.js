// process.hrtime: [seconds, nanoseconds], and the time since an earlier reading.
const t = process.hrtime();
console.log(Array.isArray(t), t.length, Number.isInteger(t[0]), Number.isInteger(t[1]), t[1] < 1e9);
const start = process.hrtime();
const until = Date.now() + 20; while (Date.now() < until) {}
const d = process.hrtime(start);
console.log(d[0] === 0, d[1] >= 19e6, d[1] < 1e9);
try { process.hrtime(5); } catch (e) { console.log(e.code, e.message); }
