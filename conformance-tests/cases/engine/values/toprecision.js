// Number.prototype.toPrecision and toExponential.
console.log((123.456).toPrecision(4));
console.log((123.456).toPrecision(2));
console.log((0.000123).toPrecision(2));
console.log((123456).toPrecision(2));
console.log((1.5).toPrecision(1));
console.log((0).toPrecision(3));
console.log((1e21).toPrecision(3));
console.log((12345.6789).toPrecision());
console.log((123.456).toExponential(2));
console.log((0.00015).toExponential(1));
console.log((5).toExponential());
console.log((-12.5).toExponential(3));
console.log((1e-7).toPrecision(3));
try { (1).toPrecision(0); } catch (e) { console.log(e.name); }
