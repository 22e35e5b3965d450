// structuredClone: deep copies keeping the reference graph; kinds kept, class instances become plain objects.
const src = { n: 1, s: 'x', d: new Date(5), r: /a+/gi, m: new Map([[{ k: 1 }, [1, 2]]]), set: new Set(['a']),
  nested: { deep: [1, { two: 2 }] }, boxed: Object(3), u: undefined, nan: NaN, neg: -0, hole: [1, , 3] };
src.self = src;
src.shared = [src.nested, src.nested];
const copy = structuredClone(src);
console.log(copy);
console.log(copy !== src, copy.self === copy, copy.shared[0] === copy.shared[1], copy.nested !== src.nested,
  copy.d instanceof Date, copy.d !== src.d, Object.is(copy.neg, -0), 1 in copy.hole);
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const p = structuredClone(new Point());
console.log(p, p instanceof Point, Object.getPrototypeOf(p) === Object.prototype);
const e = structuredClone(new RangeError('range', { cause: 'why' }));
console.log(e instanceof RangeError, e.message, e.cause, e.name);
for (const bad of [() => 1, Symbol('s'), Promise.resolve(), { f() {} }, new WeakMap()]) {
  try {
    structuredClone(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  structuredClone();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(structuredClone(1), structuredClone('s'), structuredClone(null), structuredClone.length, structuredClone.name);
