// return inside an async generator ends it; the returned value is not seen by for await.
async function* gen() {
  yield 1;
  return 'finished value';
  yield 2;
}
async function main() {
  const seen = [];
  for await (const v of gen()) seen.push(v);
  console.log('for await saw', seen.join(','));
  const it = gen();
  await it.next();
  const r = await it.next();
  console.log('manual next', r.value, r.done);
}
main();
