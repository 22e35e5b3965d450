// Number.prototype.toFixed rounding and ranges.
console.log((1.23456).toFixed(2));
console.log((0).toFixed(2));
console.log((1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0));
console.log((1.005).toFixed(2));
console.log((1.45).toFixed(1), (1.55).toFixed(1));
console.log((123.456).toFixed());
console.log((1e21).toFixed(2));
console.log((1e20).toFixed(2));
console.log((-0).toFixed(2));
console.log((0.000001).toFixed(7));
console.log((-1.005).toFixed(2));
console.log((10).toFixed(3));
console.log(NaN.toFixed(2));
try { (1).toFixed(101); } catch (e) { console.log(e.name); }
