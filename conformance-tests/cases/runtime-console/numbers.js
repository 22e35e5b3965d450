console.log(-0, 0, [-0], { z: -0 });
console.log(1e21, 1e-7, 123.456, -1.5, NaN, Infinity, -Infinity);
console.log([0.1 + 0.2, 2 ** 53, -(2 ** 31)]);
console.log('%d %i %f', -0, -0, -0);
