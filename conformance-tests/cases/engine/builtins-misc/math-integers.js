// Math functions with integer-valued exact results.
console.log(Math.abs(-7), Math.abs(7), Math.abs('-3'), String(Math.abs(null)), String(Math.abs()));
console.log(Math.max(1, 5, 3), Math.min(1, 5, 3), Math.max(), Math.min(), String(Math.max(1, NaN)));
console.log(Math.pow(2, 10), Math.pow(-3, 3), Math.sqrt(144), Math.cbrt(27), Math.cbrt(-8));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(5, 12), Math.clz32(1), Math.clz32(0));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.fround(5.5), Math.fround(2 ** 24 + 1));
console.log(Math.log2(1024), Math.log10(1000), Math.exp(0), Math.log(1), Math.log(Math.E));
console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.atan2(0, 1), Math.asin(1) * 2 === Math.PI);
console.log(String(Math.sqrt(-1)), Math.expm1(0), Math.log1p(0), Math.sinh(0), Math.cosh(0));
