// Numbers inside string concatenation and join use the same formatting.
var parts = [1e21, 1e-7, -0, 0.000001, 123456789.123, 2 ** 70, 1 / 3];
console.log(parts.join(' '));
console.log('' + 1e21 + ' ' + 0.1 * 3 + ' ' + -0);
console.log(`${1e300 * 10} ${-1e-320} ${100 / 3}`);
console.log([0.5, 1.5, 2.5].map(x => x + '').join());
