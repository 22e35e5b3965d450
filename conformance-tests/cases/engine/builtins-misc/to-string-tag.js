// Symbol.toStringTag customizes Object.prototype.toString.
class Temperature { get [Symbol.toStringTag]() { return 'Temp'; } }
console.log(Object.prototype.toString.call(new Temperature()));
var tagged = { [Symbol.toStringTag]: 'Custom' };
console.log(String(tagged), `${tagged}`);
console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(new Set()));
console.log(Object.prototype.toString.call(Symbol()), Object.prototype.toString.call(JSON), Object.prototype.toString.call(function* () {}));
console.log(Object.prototype.toString.call(new WeakMap()), Object.prototype.toString.call(/x/), Object.prototype.toString.call(new Date(0)));
