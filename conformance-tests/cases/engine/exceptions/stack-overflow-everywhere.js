// Deep recursion through every kind of call (plain, getter, setter, valueOf, callbacks of built-ins,
// constructors, generators, bound functions, apply, spread, iterators, tagged templates) is a catchable
// RangeError, and the program keeps working afterwards.
const tests = {
  setter: () => { const o = { set x(v) { this.x = v; } }; o.x = 1; },
  valueOf: () => { const o = { valueOf() { return +this; } }; +o; },
  toString: () => { const o = { toString() { return `${this}`; } }; String(o); },
  mapCallback: () => { function m(a) { return [1].map(() => m(a)); } m(); },
  toJSON: () => { const o = { toJSON() { return JSON.stringify(this); } }; JSON.stringify(o); },
  construct: () => { class C { constructor() { new C(); } } new C(); },
  derived: () => { class B {} class D extends B { constructor() { super(); new D(); } } new D(); },
  generator: () => { function* g() { yield* g(); } [...g()]; },
  sortCompare: () => { function s() { return [2, 1].sort(() => (s(), 0)); } s(); },
  bound: () => { function f() { return b(); } const b = f.bind(null); b(); },
  apply: () => { function f() { return f.apply(null, []); } f(); },
  spreadArgs: () => { function f(...a) { return f(...a); } f(1, 2); },
  iterator: () => { const it = { [Symbol.iterator]() { return [...it][Symbol.iterator](); } }; [...it]; },
  tagged: () => { function t() { return t`x`; } t`y`; },
  proxyLikeGetter: () => { const o = {}; Object.defineProperty(o, 'x', { get() { return o.x; } }); o.x; },
  replaceFn: () => { function r() { return 'a'.replace('a', r); } r(); },
};
for (const [name, t] of Object.entries(tests)) {
  try { t(); console.log(name, 'no error'); } catch (e) { console.log(name, e.constructor.name, e.message); }
}
console.log('still working', [1, 2, 3].map(x => x * 2).join());
class A { get x() { return this.x; } }
try { new A().x; } catch (e) { console.log('class getter', e instanceof RangeError); }
try { (function f() { f(); })(); } catch (e) { console.log('plain', e.message); }
