// Error.prototype.toString combines name and message.
var e = new Error('base');
e.name = 'Custom';
console.log(String(e));
e.message = '';
console.log(String(e));
e.name = '';
e.message = 'only message';
console.log(String(e));
console.log(Error.prototype.toString.call({ name: 'N', message: 'M' }));
console.log(Error.prototype.toString.call({}));
var withCause = new Error('outer', { cause: 'inner' });
console.log(withCause.cause, 'cause' in new Error('x'));
console.log(new Error(undefined).message === '', new Error(42).message === '42');
