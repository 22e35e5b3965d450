// next() on a finished async generator resolves to done without running anything.
async function* gen() {
  console.log('body runs once');
  yield 'only';
}
async function main() {
  const it = gen();
  const a = await it.next();
  const b = await it.next();
  const c = await it.next();
  console.log(a.value, a.done, '|', b.value, b.done, '|', c.value, c.done);
}
main();
