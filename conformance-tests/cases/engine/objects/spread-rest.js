// Object spread copies own enumerable props; rest collects the remainder.
var a = { x: 1, y: 2 };
var b = { ...a, y: 3, z: 4 };
console.log(JSON.stringify(b));
var c = { y: 0, ...a };
console.log(JSON.stringify(c));
console.log(JSON.stringify({ ...null, ...undefined, ...'hi', ...[5] }));
var { x, ...rest } = b;
console.log(x, JSON.stringify(rest));
var getterCalls = 0;
var g = { get v() { getterCalls++; return 'got'; } };
var copy = { ...g };
console.log(getterCalls, JSON.stringify(Object.getOwnPropertyDescriptor(copy, 'v')));
var proto = { inherited: 1 };
var child = Object.create(proto); child.own = 2;
console.log(JSON.stringify({ ...child }));
