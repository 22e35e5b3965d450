// Custom error subclasses keep the instanceof chain and names.
class AppError extends Error {
  constructor(msg) { super(msg); this.name = this.constructor.name; }
}
class DbError extends AppError {}
class NotFound extends DbError { constructor(what) { super(what + ' not found'); this.what = what; } }
var e = new NotFound('user');
console.log(e.name, e.message, e.what);
console.log(e instanceof NotFound, e instanceof DbError, e instanceof AppError, e instanceof Error, e instanceof TypeError);
console.log(String(e));
function legacy(msg) { this.message = msg; }
legacy.prototype = Object.create(Error.prototype);
legacy.prototype.name = 'Legacy';
legacy.prototype.constructor = legacy;
var l = new legacy('old style');
console.log(l instanceof Error, String(l));
