// Functions are objects: properties, prototype and constructor.
function F() {}
F.custom = 42;
console.log(F.custom, typeof F.prototype, F.prototype.constructor === F);
console.log(Object.getPrototypeOf(F) === Function.prototype, F instanceof Function, F instanceof Object);
var inst = new F();
console.log(inst.constructor === F, Object.getPrototypeOf(inst) === F.prototype);
function ReturnsObject() { this.a = 1; return { b: 2 }; }
function ReturnsPrimitive() { this.a = 1; return 5; }
console.log(JSON.stringify(new ReturnsObject()), JSON.stringify(new ReturnsPrimitive()));
console.log(typeof Function.prototype, Function.prototype.name === '');
