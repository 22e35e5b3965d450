// ?. short-circuits member access, calls and index expressions.
var o = { a: { b: { c: 1 } }, f() { return this === o; }, arr: [10, 20] };
var n = null;
console.log(o?.a?.b?.c, String(n?.a), String(n?.a.b.c.d));
console.log(o.f?.(), String(o.g?.()), String(n?.f()));
console.log(o.arr?.[1], String(n?.[0]), String(o.missing?.[0]));
var count = 0;
function inc() { count++; return 0; }
n?.[inc()];
console.log(count);
console.log(String(undefined?.x), typeof o?.a);
try { o.missing.x; } catch (e) { console.log(e.name); }
try { o.g(); } catch (e) { console.log(e.name); }
console.log(delete n?.a, delete o?.a);
console.log(JSON.stringify(o));
console.log((o?.a)?.b === undefined);
