// Math rounding functions including halfway and negative cases.
var xs = [2.5, -2.5, 2.4, -2.6, 0.5, -0.5, 3, -3.0000001];
console.log(xs.map(Math.round).map(String).join());
console.log(xs.map(Math.floor).join(), xs.map(Math.ceil).map(String).join());
console.log(xs.map(Math.trunc).map(String).join());
console.log(Object.is(Math.round(-0.5), -0), Object.is(Math.ceil(-0.5), -0), Object.is(Math.trunc(-0.9), -0));
console.log(Math.sign(-3), Math.sign(0), Math.sign(5), String(Math.sign('x')), Object.is(Math.sign(-0), -0));
console.log(Math.round(1.5), Math.round(-1.5), Math.round('2.5'), String(Math.round(NaN)));
