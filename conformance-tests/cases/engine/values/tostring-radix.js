// Number.prototype.toString with a radix.
console.log((255).toString(16), (255).toString(2), (255).toString(8));
console.log((-255).toString(16));
console.log((0).toString(2));
console.log((35).toString(36), (36).toString(36));
console.log((0.5).toString(2));
console.log((0.1).toString(2));
console.log((3.75).toString(16));
console.log((2 ** 40).toString(32));
console.log((123).toString(10), (123).toString());
console.log(NaN.toString(2), Infinity.toString(16));
console.log((4294967295).toString(16));
try { (1).toString(1); } catch (e) { console.log(e.name); }
try { (1).toString(37); } catch (e) { console.log(e.name); }
