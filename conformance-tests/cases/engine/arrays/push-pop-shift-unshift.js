// Stack and queue methods and their return values.
var a = [1, 2];
console.log(a.push(3, 4), JSON.stringify(a));
console.log(a.pop(), JSON.stringify(a));
console.log(a.shift(), JSON.stringify(a));
console.log(a.unshift(-1, 0), JSON.stringify(a));
var e = [];
console.log(String(e.pop()), String(e.shift()), e.length, e.push(), e.unshift());
var arrLike = { length: 0 };
Array.prototype.push.call(arrLike, 'x', 'y');
console.log(JSON.stringify(arrLike));
console.log(Array.prototype.pop.call(arrLike), arrLike.length);
