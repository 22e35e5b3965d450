// Properties of globalThis are visible as free identifiers and vice versa for implicit globals.
globalThis.fromGlobal = 'g';
console.log(fromGlobal, typeof fromGlobal);
fromGlobal = 'changed';
console.log(globalThis.fromGlobal);
function setImplicit() { implicitOne = 1; }
setImplicit();
console.log('implicitOne' in globalThis, implicitOne);
console.log(typeof globalThis, globalThis === globalThis.globalThis);
console.log(typeof globalThis.Array, globalThis.Math === Math);
let local = 'local';
console.log(typeof globalThis.local);
