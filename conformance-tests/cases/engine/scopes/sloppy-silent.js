// Sloppy mode ignores failed writes and creates implicit globals.
var frozen = Object.freeze({ a: 1 });
frozen.a = 2; frozen.b = 3;
console.log(frozen.a, String(frozen.b));
function makeGlobal() { implicitGlobal = 'made'; }
makeGlobal();
console.log(implicitGlobal, globalThis.implicitGlobal);
var ro = Object.defineProperty({}, 'x', { value: 1, writable: false });
ro.x = 5;
console.log(ro.x);
'str'.prop = 1;
console.log('ok');
