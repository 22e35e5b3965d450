// Integer-looking results of double arithmetic print without a fraction.
console.log(6 / 3, 7 / 2, 1e3 / 10, 0.5 * 4, 3.0 * 2, 2.5 + 2.5, 10 / 4 * 2);
console.log(0.1 * 10, 0.7 * 10, 1.1 * 100, 4.2 * 100);
console.log(Math.floor(7.9) + 0.5, (0.1 + 0.7) * 10);
console.log(2 ** 31 / 2, -(2 ** 31) / -1, 2 ** 32 / 2 ** 16);
