// Number static constants and predicates.
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.EPSILON === 2 ** -52, Number.MIN_VALUE, Number.MAX_VALUE);
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger('5'));
console.log(Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log(Number.isFinite(1 / 0), Number.isNaN(0 / 0));
console.log(Number.POSITIVE_INFINITY === Infinity, Number.NEGATIVE_INFINITY === -Infinity);
console.log(Number.isInteger(-0), Number.isInteger(Infinity));
console.log(typeof Number.NaN, Number.NaN !== Number.NaN);
