// toJSON hooks run before the replacer and receive the key.
var obj = {
  date: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)),
  custom: { toJSON(key) { return 'custom for ' + key; } },
  list: [{ toJSON(k) { return 'item ' + k; } }]
};
console.log(JSON.stringify(obj));
console.log(JSON.stringify({ toJSON() { return undefined; } }));
console.log(JSON.stringify({ x: { toJSON: () => ({ y: 1 }) } }, (k, v) => k === 'y' ? v + 1 : v));
try { var o = {}; o.self = o; JSON.stringify(o); } catch (e) { console.log(e.name); }
var shared = { s: 1 };
console.log(JSON.stringify({ a: shared, b: shared }));
