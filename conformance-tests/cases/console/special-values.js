// console.log of special numbers and primitives printed directly.
console.log(-0);
console.log(0);
console.log(NaN);
console.log(1 / 0, -1 / 0);
console.log(1e21, 1e-7);
console.log(true, false);
console.log(undefined);
console.log(null);
console.log('');
console.log([-0, 0]);
console.log({ z: -0 });
