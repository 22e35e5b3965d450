// Bitwise operators convert to int32, including negative numbers.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0);
console.log(-5 & 3, -5 | 3, -5 ^ 3, -1 & 0xff);
console.log(2 ** 32 | 0, (2 ** 32 + 5) | 0, 2 ** 31 | 0, (2 ** 31 - 1) | 0);
console.log(3.9 | 0, -3.9 | 0, String(NaN | 0), Infinity | 0);
console.log(0xffffffff & 0xffffffff, 0x80000000 ^ 0);
console.log(~~'12.7', ~~-12.7, '6' & '3');
var x = 12;
x &= 10; console.log(x);
x |= 5; console.log(x);
x ^= 3; console.log(x);
console.log(1e21 | 0, -(2 ** 53) | 0);
