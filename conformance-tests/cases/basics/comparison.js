// Relational operators on numbers, strings and mixed types.
console.log(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, 5 > 4);
console.log('abc' < 'abd');
console.log('a' < 'B');
console.log('Z' < 'a');
console.log('10' < '9');
console.log(10 < '9');
console.log('10' < 9);
console.log('' < 1);
console.log(null < 1);
console.log(null >= 0);
console.log(undefined < 1);
console.log(undefined >= 0);
console.log(NaN < 1, NaN > 1, NaN <= NaN);
console.log(true > false);
console.log('abc' < 'abcd');
console.log(-1 < -0.5);
