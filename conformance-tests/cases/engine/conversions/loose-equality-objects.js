// == with objects compares identity, or converts against primitives.
var a = {}, b = {};
console.log(a == b, a == a, a == '[object Object]');
console.log([1, 2] == '1,2', [1] == 1, [] == false, [[]] == 0);
console.log(null == 0, null >= 0, undefined == 0, null == false);
console.log('1' == 1, '1.0' == 1, ' 1 ' == 1, '0x1' == 1);
console.log(true == 1, true == '1', true == 2, false == '');
var d = { valueOf() { return 3; } };
console.log(d == 3, d == '3', d === 3);
var s1 = Symbol('x');
console.log(s1 == s1, Object(s1) == s1);
console.log(new String('a') == 'a', new String('a') == new String('a'));
