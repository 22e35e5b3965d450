// % keeps the sign of the dividend; / produces floats.
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(5.5 % 2, -5.5 % 2, String(5 % 0), String(Infinity % 2), 5 % Infinity);
console.log(0.3 % 0.1);
console.log(1 / 3 * 3, 7 / 7, 0 / 5);
console.log(2 ** 53 % 3, 1e17 % 7);
console.log(Object.is(-4 % 2, -0), Object.is(0 % -5, 0));
