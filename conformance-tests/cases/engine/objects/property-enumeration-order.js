// Enumeration order is consistent across keys, for-in, JSON and Object.entries.
var o = {};
o.z = 1; o[10] = 1; o.a = 1; o[2] = 1; o['b c'] = 1; o[1e3] = 1;
var forIn = [];
for (var k in o) forIn.push(k);
console.log(Object.keys(o).join() === forIn.join(), forIn.join());
console.log(JSON.stringify(o));
console.log(Object.entries(o).map(e => e[0]).join());
console.log(Object.getOwnPropertyNames(o).join());
var arr = ['x'];
arr.prop = 'p';
arr[5] = 'y';
console.log(Object.keys(arr).join());
