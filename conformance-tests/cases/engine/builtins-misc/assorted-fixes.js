// Assorted engine fixes: (o?.m)() keeps this, {__proto__} shorthand defines a property, Map/Set iterators
// see entries added after delete and clear, Set stores -0 as +0, Array.from maps while it iterates and
// closes the iterator on a throw, Date setters without arguments, ** as Math.pow, function name inference.
const o = { m() { return this === o; } };
console.log((o?.m)(), (o?.['m'])());
const n = null;
try { (n?.m)(); } catch (e) { console.log(e.constructor.name); }
console.log((n?.m)?.());
const __proto__ = 5; const lit = { __proto__ }; console.log(Object.keys(lit), lit.__proto__ === 5, Object.getPrototypeOf(lit) === Object.prototype);
const withColon = { __proto__: Array.prototype }; console.log(Array.isArray(withColon), withColon instanceof Array);
const s = new Set([1, 2]); const it = s.values(); it.next(); s.clear(); s.add(9); console.log([...it]);
const m = new Map([[1, 1], [2, 2]]); const seen = []; for (const [k] of m) { seen.push(k); if (k === 1) { m.clear(); m.set(5, 5); } } console.log(seen);
const m2 = new Map([[1, 1], [2, 2]]); const it2 = m2.keys(); it2.next(); it2.next(); m2.delete(2); m2.set(3, 3); console.log([...it2]);
console.log(Object.is([...new Set().add(-0)][0], 0));
const log = [];
function* g() { log.push('y1'); yield 1; log.push('y2'); yield 2; }
Array.from(g(), v => { log.push('map ' + v); return v; }); console.log(log.join());
let closed = false;
const iterable = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i++, done: false }), return() { closed = true; return {}; } }; } };
try { Array.from(iterable, v => { if (v === 2) throw new Error('stop'); return v; }); } catch (e) { console.log(e.message, closed); }
console.log(Array.from({ length: 3, 0: 'a', 2: 'c' }, (v, i) => `${i}:${v}`));
const d = new Date(0); console.log(d.setMonth(), d.getTime(), new Date(0).setUTCHours(), new Date(0).setFullYear(2020));
const b = 1.9649454951286316, e = 8.937151432037354; console.log(b ** e === Math.pow(b, e), 2 ** 10, (-8) ** (1 / 3), 2 ** -1074);
function f(a = function () {}, b = () => {}, c = class {}) { return [a.name, b.name, c.name]; } console.log(f());
const obj = { get ['x' + 1]() { return 1; } }; console.log(Object.getOwnPropertyDescriptor(obj, 'x1').get.name);
class K { static get ['y' + 2]() { return 1; } static #p = function () {}; static pn() { return K.#p.name; } }
console.log(Object.getOwnPropertyDescriptor(K, 'y2').get.name, K.pn());
class F { a = function () {}; static b = () => {}; #c = class {}; static #e = function () {};
  names() { return [this.a.name, F.b.name, this.#c.name, F.#e.name]; } }
console.log(new F().names());
