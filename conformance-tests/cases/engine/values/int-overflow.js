// Integer arithmetic past 32 bits stays exact as doubles.
var a = 2147483647;
console.log(a + 1);
console.log(a * 2);
console.log(-2147483648 - 1);
console.log(65536 * 65536);
console.log(a * a);
console.log(-2147483648 * -1);
console.log(46341 * 46341);
var x = 1;
for (var i = 0; i < 40; i++) x = x * 2;
console.log(x);
console.log(x + 1, x - 1);
console.log(Math.abs(-2147483648));
console.log(-(-2147483648));
console.log(2147483647 + 2147483647);
