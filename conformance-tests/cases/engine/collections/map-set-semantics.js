// Map/Set keys by SameValueZero, live iteration, WeakMap, forEach order, Date UTC basics.
const m = new Map([[1, 'a'], ['1', 'b']]);
m.set(NaN, 'nan').set(-0, 'zero');
console.log(m.size, m.get(1), m.get('1'), m.get(NaN), m.get(0), m.has(2));
Array.from(m.keys()).forEach(k => console.log(typeof k, String(k)));
const s = new Set([1, 2, 2, 3]);
s.add(4); s.delete(2);
console.log(s.size, [...s].join(','), s.has(3));
const it = s.values(); s.add(5); Array.from(it).forEach(v => console.log("v", v));
const wm = new WeakMap(); const k = {}; wm.set(k, 1); console.log(wm.get(k), wm.has({}));
console.log(Object.prototype.toString.call(m), Object.prototype.toString.call(s.entries()));
m.forEach((v, k) => console.log(k, v));
console.log(new Date(0).toISOString(), Date.UTC(2020, 1, 29), new Date(Date.UTC(2020, 0, 1)).getUTCDay());
console.log(new Date('2020-02-03T04:05:06.789Z').getTime(), Date.parse('2020-01-01'));
