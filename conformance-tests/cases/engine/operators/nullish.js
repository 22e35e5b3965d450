// ?? only falls back on null and undefined.
console.log(null ?? 'a', undefined ?? 'b', 0 ?? 'c', '' ?? 'd', false ?? 'e', String(NaN ?? 'f'));
var calls = 0;
function side() { calls++; return 'side'; }
console.log(1 ?? side(), calls);
console.log(null ?? side(), calls);
console.log((null || undefined) ?? 'x');
console.log(null ?? undefined ?? 'z');
var o = { a: { b: null } };
console.log(o.a.b ?? 'default', o.a.c ?? 'missing');
