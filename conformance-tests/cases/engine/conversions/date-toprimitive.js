// Date objects have a default hint of string for + but number for -.
var d = new Date(0);
console.log(typeof (d + 1), typeof (d - 1), d - 1);
console.log(d.valueOf(), +d, d * 1);
console.log(typeof d[Symbol.toPrimitive]);
console.log(d[Symbol.toPrimitive]('number'));
console.log(d == d.toString(), d == 0);
