// Primitive wrapper objects versus primitives.
var n = new Number(5), s = new String('hi'), b = new Boolean(false);
console.log(typeof n, typeof s, typeof b);
console.log(n + 1, s + '!', b ? 'truthy' : 'falsy');
console.log(n === 5, n == 5, s.length, s[1]);
console.log(typeof Number('5'), typeof String(5), typeof Boolean(0));
console.log(typeof Object(1), typeof Object('x'), Object(1) instanceof Number);
console.log((5).constructor === Number, 'x'.constructor === String);
var str = 'abc';
str.foo = 1;
console.log(str.foo);
console.log(n.valueOf() === 5, s.valueOf() === 'hi');
