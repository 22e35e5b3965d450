// Division and remainder with negatives, fractions and zero.
console.log(7 / 2);
console.log(-7 / 2);
console.log(7 % 3);
console.log(-7 % 3);
console.log(7 % -3);
console.log(5.5 % 2);
console.log(-5 % 5);
console.log(0 % 5);
console.log(5 % 0);
console.log(1 / -0);
console.log(-(0 / 1));
console.log(0.3 - 0.1);
console.log(1e21 * 10);
console.log(123456789 * 1000);
console.log(2 * 0.1, 3 * 0.1);
