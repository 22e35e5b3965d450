// instanceof walks the prototype chain and honours Symbol.hasInstance.
function A() {}
function B() {}
B.prototype = Object.create(A.prototype);
var b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, b instanceof Array);
console.log([] instanceof Array, [] instanceof Object, Object.create(null) instanceof Object);
console.log(1 instanceof Number, 'x' instanceof String);
var Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
try { b instanceof {}; } catch (e) { console.log(e.name); }
var bound = A.bind(null);
console.log(new A() instanceof bound);
A.prototype = {};
console.log(b instanceof A);
