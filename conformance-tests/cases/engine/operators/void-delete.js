// void always yields undefined; delete reports success.
var sideEffect = 0;
console.log(void 0, void 'x', void (sideEffect = 5), sideEffect);
var o = { a: 1, b: 2 };
console.log(delete o.a, 'a' in o, delete o.zzz, JSON.stringify(o));
var arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr, String(arr[1]));
var nc = Object.defineProperty({}, 'x', { value: 1, configurable: false });
console.log(delete nc.x, nc.x);
(function () {
  'use strict';
  try { delete nc.x; } catch (e) { console.log(e.name); }
})();
console.log(delete 1, delete o);
globalThis.gprop = 1;
console.log(delete globalThis.gprop, typeof gprop);
