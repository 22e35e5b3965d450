// null and undefined: defaults, missing properties, arithmetic.
var a;
console.log(a);
console.log(a === undefined);
var b = null;
console.log(b);
console.log(b === null, b == undefined);
var o = {};
console.log(o.missing);
console.log(o.missing === undefined);
o.n = null;
console.log(o.n);
function noReturn() {}
console.log(noReturn());
console.log(null + 5, undefined + 5);
console.log(undefined || 'default');
console.log(null || 'fallback');
var arr = [1, 2];
console.log(arr[5]);
