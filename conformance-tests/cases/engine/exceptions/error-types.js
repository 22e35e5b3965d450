// Error constructors set name and message; message defaults to empty string.
var ctors = [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];
for (var C of ctors) {
  var e = new C('msg');
  console.log(e.name, e.message, e instanceof Error, e instanceof C, String(e), Object.prototype.toString.call(e));
}
var plain = new Error();
console.log(JSON.stringify(plain.message), String(plain), Object.keys(plain).length);
var called = Error('without new');
console.log(called instanceof Error, called.message);
console.log(TypeError.prototype.name, Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(Object.prototype.hasOwnProperty.call(new Error('x'), 'message'), Object.prototype.hasOwnProperty.call(new Error(), 'message'));
