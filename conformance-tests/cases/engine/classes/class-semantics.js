// Class bodies are strict; methods are non-enumerable; classes are not hoisted.
try { new Early(); } catch (e) { console.log('tdz', e.name); }
class Early {}
class M {
  method() { return this; }
  static sloppyCheck() { try { undeclaredInClass = 1; } catch (e) { return e.name; } }
}
console.log(String(M.prototype.method.call(undefined)), M.sloppyCheck());
console.log(Object.keys(M.prototype).length, Object.getOwnPropertyNames(M.prototype).join());
var d = Object.getOwnPropertyDescriptor(M, 'prototype');
console.log(d.writable, d.enumerable, d.configurable);
console.log(typeof M.prototype.method.prototype);
try { new M.prototype.method(); } catch (e) { console.log(e.name); }
