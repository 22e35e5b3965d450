// Math constants and Math object properties.
console.log(Math.PI, Math.E, Math.SQRT2, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT1_2);
console.log(typeof Math, Object.prototype.toString.call(Math), Math[Symbol.toStringTag]);
try { new Math(); } catch (e) { console.log(e.name); }
try { Math(); } catch (e) { console.log(e.name); }
Math.PI = 3;
console.log(Math.PI);
