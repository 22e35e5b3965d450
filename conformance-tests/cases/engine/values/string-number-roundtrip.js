// Number(String(x)) round-trips for a range of doubles.
var xs = [0.1, 1 / 3, Math.PI, 1e21, 1.7976931348623157e308, 5e-324, 123.456e-10, 2 ** 53 + 2, -2.5e-8];
var ok = xs.every(x => Number(String(x)) === x);
console.log(ok);
console.log(xs.map(String).join(' | '));
console.log(String(0.1 + 0.7), String(1.1 + 2.2), String(3 * 1.1));
