// Named property writes from one site seen with many objects: the inline cache must give way whenever the
// ordinary [[Set]] would do something else (a setter or read-only property appears on the prototype chain,
// the object is frozen or not extensible, the prototype changes, a property becomes an accessor).
'use strict';
function assign(o, v) { o.x = v; return o; }
function Thing() {}
const results = [];
for (let i = 0; i < 5; i++) results.push(assign(new Thing(), i).x);
console.log('plain adds', results.join());

// a setter appears on the prototype after the site cached the add
let seen = [];
Object.defineProperty(Thing.prototype, 'x', { set(v) { seen.push(v); }, get() { return 'from proto'; }, configurable: true });
const t = assign(new Thing(), 42);
console.log('setter on proto', seen.join(), t.x, Object.keys(t).length);
delete Thing.prototype.x;

// a read-only property on a grandparent
const grand = {};
Object.defineProperty(grand, 'x', { value: 'ro', writable: false });
const child = Object.create(Object.create(grand));
try { assign(child, 1); } catch (e) { console.log('read-only up the chain', e.constructor.name, e.message); }

// frozen, sealed, non-extensible objects
for (let i = 0; i < 3; i++) assign({ x: 0 }, i);
const frozen = Object.freeze({ x: 1 });
try { assign(frozen, 2); } catch (e) { console.log('frozen', e.message); }
const sealed = Object.seal({ x: 1 });
console.log('sealed write', assign(sealed, 5).x);
const fixed = Object.preventExtensions({});
try { assign(fixed, 3); } catch (e) { console.log('not extensible', e.message); }

// own accessor with the same shape of keys as a data property
const acc = { get x() { return 'getter'; }, set x(v) { this.y = v; } };
assign(acc, 7);
console.log('own setter', acc.x, acc.y);

// the prototype swapped for one with a setter
function Plain() {}
for (let i = 0; i < 3; i++) assign(new Plain(), i);
const swapped = new Plain();
Object.setPrototypeOf(swapped, { set x(v) { console.log('swapped proto setter', v); } });
assign(swapped, 'v');
console.log('own after swap', Object.keys(swapped));

// many shapes through one site (polymorphic, then generic)
const shapes = [{}, { a: 1 }, { b: 1 }, { c: 1 }, { d: 1 }, { a: 1, b: 2 }, []];
console.log('megamorphic', shapes.map(o => assign(o, 9).x).join());
const arr = assign([], 1);
console.log('array own x', arr.x, arr.length, JSON.stringify(Object.keys(arr)));

// order of keys is preserved by cached adds
function P(a, b) { this.a = a; this.b = b; this.c = a + b; }
const ps = [new P(1, 2), new P(3, 4)];
ps[1].d = 1;
console.log(ps.map(p => Object.keys(p).join('')).join(' '), JSON.stringify(ps));

// deletion (dictionary mode) then writes again
const dict = { x: 1, y: 2 };
delete dict.y;
assign(dict, 'after delete');
console.log(dict.x, Object.keys(dict));

// the TypeErrors of failed assignments in strict code
class Named { get only() { return 1; } }
for (const [label, f] of [
  ['getter only', () => { new Named().only = 2; }],
  ['literal getter', () => { ({ get g() { return 1; } }).g = 2; }],
  ['frozen array', () => { const a = Object.freeze([1]); a.x = 2; }],
  ['frozen instance', () => { Object.freeze(new Named()).y = 1; }],
  ['non-writable', () => { const o = {}; Object.defineProperty(o, 'k', { value: 1 }); o.k = 2; }],
]) {
  try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e.constructor.name, e.message); }
}
