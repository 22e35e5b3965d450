// Reading, writing and adding properties with dot and bracket syntax.
var o = { a: 1, b: 'two', 'with space': 3, nested: { deep: true } };
console.log(o.a, o['b'], o['with space'], o.nested.deep);
o.a = 10;
o['b'] = 'changed';
o.c = 'added';
o['d'] = null;
console.log(o.a, o.b, o.c, o.d, o.e);
var key = 'a';
console.log(o[key]);
key = 'c';
console.log(o[key]);
o.nested.deep = 'modified';
console.log(o.nested.deep);
o.nested.other = { x: 1 };
console.log(o.nested.other.x);
var k2 = 'dyn' + 'amic';
o[k2] = 42;
console.log(o.dynamic);
