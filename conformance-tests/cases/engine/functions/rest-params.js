// Rest parameters collect the remaining arguments into a real array.
function f(first, ...rest) { return first + '|' + rest.join(',') + '|' + Array.isArray(rest); }
console.log(f(1, 2, 3), f(1), f());
function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
console.log(sum(), sum(1, 2, 3, 4), sum(...[5, 5]));
console.log(f.length, sum.length, ((a, b, ...c) => 0).length);
var arrowRest = (...xs) => xs.length;
console.log(arrowRest(1, 2, 3));
function destr(...[a, b]) { return a + b; }
console.log(destr(3, 4, 5));
