// Array methods work generically on array-like objects.
var al = { 0: 'a', 1: 'b', 2: 'c', length: 3 };
console.log(Array.prototype.join.call(al, '-'));
console.log(Array.prototype.map.call(al, s => s.toUpperCase()).join());
console.log(Array.prototype.slice.call(al, 1).join());
console.log(Array.prototype.indexOf.call(al, 'c'), Array.prototype.includes.call(al, 'b'));
console.log(Array.prototype.map.call('abc', c => c + c).join());
console.log(Array.prototype.filter.call({ length: 2, 0: 1, 1: 2 }, x => x > 1).join());
var str = Array.prototype.reverse.call({ 0: 1, 1: 2, length: 2 });
console.log(JSON.stringify(str));
