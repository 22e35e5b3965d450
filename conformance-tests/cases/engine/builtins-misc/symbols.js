// Symbol descriptions, registry and well-known symbols.
var s = Symbol('desc');
console.log(s.description, String(s), s.toString(), String(Symbol().description), Symbol('').description === '');
console.log(typeof s, Symbol('a') === Symbol('a'), Symbol.for('k') === Symbol.for('k'), Symbol.keyFor(Symbol.for('k')));
console.log(String(Symbol.keyFor(s)), Symbol.iterator.toString(), Symbol.asyncIterator.description);
console.log(typeof Symbol.toPrimitive, typeof Symbol.toStringTag, typeof Symbol.hasInstance);
try { new Symbol(); } catch (e) { console.log(e.name); }
try { s + ''; } catch (e) { console.log(e.name); }
console.log(`${String(s)}`, Object(s) instanceof Symbol, typeof Object(s));
var o = { [s]: 1, regular: 2 };
console.log(Object.keys(o).join(), JSON.stringify(o), Object.getOwnPropertySymbols(o)[0] === s);
