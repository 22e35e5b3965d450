// for-in enumerates enumerable string keys, own then inherited, skipping shadowed.
var proto = { inherited: 1, shadowed: 1 };
var o = Object.create(proto);
o.b = 1; o.a = 1; o[2] = 1; o.shadowed = 2;
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
o[Symbol('s')] = 1;
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join());
var arrKeys = [];
for (var i in ['x', , 'z']) arrKeys.push(i + ':' + typeof i);
console.log(arrKeys.join());
var count = 0;
for (var n in null) count++;
for (var u in undefined) count++;
console.log(count);
var strKeys = [];
for (var sk in 'ab') strKeys.push(sk);
console.log(strKeys.join());
var del = { a: 1, b: 2, c: 3 }, seen = [];
for (var dk in del) { seen.push(dk); delete del.b; }
console.log(seen.join());
