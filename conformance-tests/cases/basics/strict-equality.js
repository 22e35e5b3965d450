// Strict equality (===) never converts types.
console.log(1 === 1);
console.log(1 === '1');
console.log('a' === 'a');
console.log(null === undefined);
console.log(null === null);
console.log(undefined === undefined);
console.log(NaN === NaN);
console.log(0 === -0);
console.log(0.1 + 0.2 === 0.3);
console.log(true === 1);
console.log(1 !== '1');
console.log(2 !== 2);
var a = [1];
var b = a;
console.log(a === b, a === [1]);
var f = function () {};
console.log(f === f);
