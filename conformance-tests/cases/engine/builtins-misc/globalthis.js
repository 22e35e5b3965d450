// globalThis holds the standard globals.
var names = ['Object', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'Math', 'JSON', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Date', 'RegExp', 'Error', 'TypeError', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'Promise', 'Reflect'];
console.log(names.map(n => typeof globalThis[n]).join());
console.log(globalThis.NaN !== globalThis.NaN, globalThis.Infinity, String(globalThis.undefined));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'NaN').writable, Object.getOwnPropertyDescriptor(globalThis, 'Array').enumerable);
globalThis.myGlobal = 5;
console.log(myGlobal, delete globalThis.myGlobal, typeof myGlobal);
