// Arithmetic operators coerce null, undefined, booleans and arrays.
console.log(null * 5, String(undefined * 5), true * 3, false / 1);
console.log([] * 2, [3] * [4], String([1, 2] * 2), String({} * 1));
console.log(null - undefined, String(null - undefined));
console.log(Object.is(-null, -0), -true, String(-undefined), Object.is(-[], -0), String(-''));
console.log(null ** 0, String(undefined ** 0), 2 ** null);
var counter = { n: 0, valueOf() { return ++this.n; } };
console.log(counter * 10, counter * 10, counter - 0);
