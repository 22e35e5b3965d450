// Error instances: own message, inherited name, non-enumerable properties.
var e = new TypeError('bad');
console.log(Object.keys(e).length, JSON.stringify(e), e.hasOwnProperty('message'), e.hasOwnProperty('name'));
var d = Object.getOwnPropertyDescriptor(e, 'message');
console.log(d.enumerable, d.writable, d.configurable);
e.extra = 1;
console.log(JSON.stringify(e), Object.keys(e).join());
console.log(e.constructor === TypeError, TypeError.prototype.message === '', Error.prototype.name);
console.log(typeof e.stack, 'stack' in e);
