// V8's words for assorted TypeErrors: the 'in' operator, non-callable @@toPrimitive, new on a non-constructor,
// spread arguments, weak collection keys, destructuring null, delete and defineProperty failures, circular JSON.
const t = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); } };
class C { #x; static t(o) { return #x in o; } }
t(() => C.t(1));
t(() => Symbol('d') in 5);
t(() => ({}) in 'abc');
t(() => [1, 2] in true);
t(() => ({ [Symbol.toPrimitive]: 5 }) + 1);
t(() => new Math.max());
t(() => Math.max(...5));
t(() => Math.max(...null));
t(() => new WeakMap().set('ab', 1));
t(() => new WeakSet().add(1));
t(() => { function f({ a }) {} f(null); });
t(() => { 'use strict'; delete Object.prototype; });
t(() => Object.defineProperty(Object.freeze({}), 'x', { value: 1 }));
t(() => { const a = {}; a.a = a; JSON.stringify(a); });
t(() => { const a = { b: { c: [] } }; a.b.c.push(a); JSON.stringify(a); });
t(() => { const a = { x: { y: { z: { w: { v: {} } } } } }; a.x.y.z.w.v.back = a; JSON.stringify(a); });
t(() => { const a = []; a.push([a]); JSON.stringify({ root: a }); });
t(() => { class K { constructor() { this.self = this; } } JSON.stringify(new K()); });
t(() => [...null]);
t(() => [...5]);
t(() => [...{}]);
t(() => Math.max(...undefined));
t(() => Math.max(...{}));
t(() => { const [a] = null; });
t(() => { const { a } = null; });
t(() => { const { a } = undefined; });
t(() => { function f([a]) {} f(null); });
t(() => { function f({ a }) {} f(); });
t(() => { for (const x of 5) {} });
t(() => { 'use strict'; delete Math.PI; });
t(() => { 'use strict'; const f = function named() {}; Object.freeze(f); delete f.name; });
t(() => new (class { })().x.y);
t(() => { const o = {}; new o.f(); });
t(() => { const o = { f: 1 }; new o.f(); });
t(() => { new (() => {})(); });
