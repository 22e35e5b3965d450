// freeze, seal and preventExtensions and their predicates.
var f = Object.freeze({ a: 1, nested: { b: 2 } });
f.a = 9; f.z = 1; delete f.a; f.nested.b = 3;
console.log(f.a, String(f.z), f.nested.b, Object.isFrozen(f), Object.isSealed(f));
var s = Object.seal({ a: 1 });
s.a = 2; s.z = 1; delete s.a;
console.log(s.a, String(s.z), Object.isSealed(s), Object.isFrozen(s), Object.isExtensible(s));
var p = Object.preventExtensions({ a: 1 });
p.z = 1; delete p.a;
console.log(String(p.a), String(p.z), Object.isExtensible(p), Object.isFrozen(p));
console.log(Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})), Object.isFrozen(1));
var arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { console.log(e.name); }
console.log(arr.length, Object.freeze(5));
var d = Object.getOwnPropertyDescriptor(f, 'a');
console.log(d.writable, d.configurable);
