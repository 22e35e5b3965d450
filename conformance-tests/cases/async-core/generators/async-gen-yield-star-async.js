// yield* in an async generator delegates to another async generator and gets its return value.
async function* inner() {
  yield 'inner 1';
  await null;
  yield 'inner 2';
  return 'inner done';
}
async function* outer() {
  yield 'outer start';
  const r = yield* inner();
  yield 'outer saw ' + r;
}
async function main() {
  for await (const v of outer()) console.log(v);
}
main();
