// Reference identity for objects, arrays and functions.
var a = { v: 1 }, b = { v: 1 }, c = a;
console.log(a === b, a == b, a === c, [1] === [1], (() => 1) === (() => 1));
c.v = 2;
console.log(a.v);
function f() {}
console.log(f === f, f.bind(null) === f, Object(a) === a, Object(1) === Object(1));
var s1 = 'abc', s2 = 'ab' + 'c';
console.log(s1 === s2, new String('x') === new String('x'), String('x') === String('x'));
