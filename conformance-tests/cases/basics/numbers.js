// Number formatting: how number values print via console.log and string concatenation.
console.log(1, 42, -7, 3.5);
console.log(0.1 + 0.2);
console.log(1 / 3);
console.log(2 / 3);
console.log(10 / 4);
console.log(1e21);
console.log(1e20);
console.log(123456789012);
console.log(0.000001);
console.log(1e-7);
console.log(-0);
console.log('' + -0);
console.log('neg zero: ' + (0 * -1));
console.log(1 / 0, -1 / 0);
console.log(0 / 0);
console.log(100 - 0.5, 1.5 * 4);
console.log(9007199254740992 + 1);
console.log(-1e21);
