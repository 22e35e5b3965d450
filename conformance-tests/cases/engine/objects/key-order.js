// Own keys: integer-like keys ascending first, then strings in insertion order, then symbols.
var o = { b: 1, 2: 1, a: 1, 1: 1, '-1': 1, '01': 1, 4294967294: 1, 4294967295: 1, 1.5: 1 };
o.c = 1;
o[0] = 1;
o[Symbol('s')] = 1;
console.log(Object.keys(o).join(','));
console.log(JSON.stringify(o));
console.log(Reflect.ownKeys(o).length, Object.getOwnPropertyNames(o).length);
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join(','));
delete o.b;
o.b = 2;
console.log(Object.keys(o).slice(-3).join(','));
