// String(n) for a mix of ordinary values.
var vals = [0, 1, -1, 10, 0.5, -0.5, 1e3, 1.5e3, 123e-20, 1e-300, 4.94e-321, 2 ** 31, -(2 ** 31), 0.1 * 0.1];
for (var i = 0; i < vals.length; i++) console.log(String(vals[i]));
console.log(vals.join(','));
console.log(String(-1e-7), String(-123456789012), String(0.1 ** 10));
