// Classic IEEE-754 floating point results.
console.log(0.1 + 0.2);
console.log(0.1 + 0.2 === 0.3);
console.log(0.3 - 0.1);
console.log(1.1 * 3);
console.log(0.1 * 3);
console.log(9007199254740992 + 1);
console.log(9007199254740992 + 2);
console.log(1e16 + 1);
console.log(4.35 * 100);
console.log(1.005 * 1000);
console.log(7 / 2, -7 / 2);
console.log(2 ** 0.5);
console.log(10 / 3);
console.log(-0.1 - 0.2);
