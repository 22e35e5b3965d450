// Operator precedence and associativity.
console.log(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, (-2) ** 2, 10 - 4 - 3, 64 / 4 / 2);
console.log(1 + 2 + '3' + 4 + 5, 1 < 2 < 3, 3 > 2 > 1, 1 == 1 == 1);
console.log(true || false && false, (true || false) && false, !true || true);
console.log(1 | 2 & 3, 1 ^ 3 | 4, 1 << 2 + 1, 5 & 3 == 3);
console.log(typeof 1 + 2, typeof (1 + 2), -'3' + 3, +'3' + 3);
console.log(null ?? (0 || 'x'), (null ?? 0) || 'y');
var a = 1, b = 2;
a = b += 3;
console.log(a, b, 2 * -3, - - 1);
console.log(!!'' === false, 'a' in { a: 1 } === true);
