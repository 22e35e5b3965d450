// Strict-mode failures of assignment and delete throw, with V8's messages: frozen and non-extensible arrays,
// read-only globals (undefined, NaN, Infinity), string wrapper indices.
'use strict';
const checks = [
  () => { const a = Object.freeze([1]); a[0] = 2; },
  () => { const a = Object.preventExtensions([1]); a[1] = 2; },
  () => { undefined = 1; },
  () => { NaN = 1; },
  () => { Infinity = 1; },
  () => { globalThis.x = 1; Object.defineProperty(globalThis, 'ro', { value: 1 }); ro = 2; },
  () => delete 'abc'[0],
  () => delete 'abc'.length,
  () => delete Object.freeze({ a: 1 }).a,
  () => delete [].length,
  () => { const s = Object.seal([1, 2]); return delete s[0]; },
  () => delete 'abc'[5],
  () => delete null.x,
];
checks.forEach((f, i) => { try { console.log(i, 'ok', f()); } catch (e) { console.log(i, e.constructor.name, e.message); } });
