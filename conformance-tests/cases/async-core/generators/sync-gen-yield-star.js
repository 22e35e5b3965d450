// yield* delegates to an inner generator and evaluates to its return value.
function* inner() {
  yield 'i1';
  yield 'i2';
  return 'inner result';
}
function* outer() {
  yield 'o1';
  const r = yield* inner();
  console.log('yield* returned', r);
  yield 'o2';
}
const parts = [];
for (const v of outer()) parts.push(v);
console.log(parts.join(','));
