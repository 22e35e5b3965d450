// Function.prototype.toString returns source text for user functions.
function sample(a, b) { return a + b; }
console.log(sample.toString());
var arrow = (x) => x * 2;
console.log(String(arrow));
var o = { method() { return 1; } };
console.log(o.method.toString());
class C { m() {} }
console.log(C.toString());
