// NaN and Infinity arithmetic and predicates.
console.log(String(NaN), String(Infinity), String(-Infinity));
console.log(NaN === NaN, NaN == NaN, Object.is(NaN, NaN));
console.log(isNaN('abc'), Number.isNaN('abc'), isNaN(undefined), Number.isNaN(NaN));
console.log(isFinite('12'), Number.isFinite('12'), isFinite(Infinity));
console.log(String(Infinity - Infinity), String(Infinity * 0), String(0 / 0));
console.log(String(1 / 0), String(-1 / 0), String(Infinity / Infinity));
console.log(String(Infinity + 1), String(-Infinity * -1));
console.log(NaN < 1, NaN > 1, NaN <= NaN, Infinity > 1e308);
console.log(typeof NaN, typeof Infinity);
console.log(String(Math.pow(10, 400)), String(-Math.pow(10, 400)));
console.log(String(Number.MAX_VALUE * 2));
