// Object.keys/values/entries list only own enumerable string keys.
var proto = { inherited: 1 };
var o = Object.create(proto);
o.b = 2; o.a = 1; o[10] = 'ten';
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
o[Symbol('s')] = 'sym';
console.log(Object.keys(o).join(','));
console.log(Object.values(o).join(','));
console.log(JSON.stringify(Object.entries(o)));
console.log(Object.keys('abc').join(), Object.values('ab').join());
console.log(Object.keys([4, 5]).join(), JSON.stringify(Object.entries([7])));
try { Object.keys(null); } catch (e) { console.log(e.name); }
console.log(Object.keys(5).length);
