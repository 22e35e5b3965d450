// Driving iterators by hand and the shape of result objects.
var arr = ['a', 'b'];
var it = arr[Symbol.iterator]();
var r;
var parts = [];
while (!(r = it.next()).done) parts.push(r.value);
console.log(parts.join(), JSON.stringify(r));
var strIt = 'ok'[Symbol.iterator]();
console.log(strIt.next().value + strIt.next().value, strIt.next().done);
var ArrayIteratorProto = Object.getPrototypeOf([][Symbol.iterator]());
var fresh = [][Symbol.iterator]();
console.log(typeof ArrayIteratorProto.next, fresh[Symbol.iterator]() === fresh, Object.getPrototypeOf(fresh) === ArrayIteratorProto);
