// The ** operator: right associativity, unary restrictions, special values.
console.log(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** 2);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(String(NaN ** 0), String(1 ** Infinity), String((-8) ** (1 / 3)));
console.log(-(2 ** 2), 0 ** 0, String(0 ** -1));
var x = 3;
x **= 3;
console.log(x);
console.log(10 ** 21, 10 ** -7);
console.log(Math.pow(2, 10) === 2 ** 10);
