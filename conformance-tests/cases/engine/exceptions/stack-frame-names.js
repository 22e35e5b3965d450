// Frame names as V8 prints them: Type.method for method calls, new F for constructors, plain names for
// calls without a receiver. (Getters are left out: V8 adds " [as name]" there.)
function top() { return new Error('e').stack.split('\n')[1].trim().split(' (')[0]; }
class K { static s() { return top2(); } m() { return top2(); } get g() { return top2(); } }
function top2() { return new Error('e').stack.split('\n')[2].trim().split(' (')[0].replace(__filename, 'FILE'); }
const o = { meth() { return top2(); }, anon: function () { return top2(); }, arrow: () => top2() };
function Ctor() { this.v = top2(); }
const results = [K.s(), new K().m(), o.meth(), o.anon(), o.arrow(), new Ctor().v, (function () { return top2(); })(),
  (function () { 'use strict'; return top2(); })(), [1].map(function mapper() { return top2(); })[0], o.meth.call([]), o.meth.call(new Map())];
console.log(results.join('\n'));

Promise.resolve().then(function onFul() { console.log(top2()); });
