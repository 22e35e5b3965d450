// Subclassing built-ins Array, Error and Map.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
var s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), Array.isArray(s), s instanceof Stack);
var mapped = s.map(x => x * 2);
console.log(mapped instanceof Stack, mapped.peek());
class ValidationError extends Error {
  constructor(field) { super('invalid ' + field); this.name = 'ValidationError'; this.field = field; }
}
var e = new ValidationError('email');
console.log(e.message, e.name, e.field, e instanceof Error, e instanceof ValidationError);
console.log(String(e), Object.prototype.toString.call(e));
class CountingMap extends Map {
  set(k, v) { this.writes = (this.writes || 0) + 1; return super.set(k, v); }
}
var cm = new CountingMap([['a', 1]]);
cm.set('b', 2);
console.log(cm.size, cm.writes, cm.get('a'));
