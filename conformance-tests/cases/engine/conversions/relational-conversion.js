// Relational comparisons: strings compare by code units, otherwise numbers.
console.log('a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a');
console.log('10' < '9', 10 < '9', '10' < 9);
console.log(null < 1, undefined < 1, undefined > -1, null <= 0);
console.log([2] > 1, [1, 2] < 3, ({}) < 1);
console.log('\u00e9' > 'z', 'Z' < 'a');
console.log(true > false, true >= 1, '1' >= true);
var order = [];
var x = { valueOf() { order.push('x'); return 1; } };
var y = { valueOf() { order.push('y'); return 2; } };
console.log(x < y, y > x, order.join(''));
