// return of a promise from an async generator awaits it before completing.
async function* gen() {
  yield 'x';
  return Promise.resolve('awaited return');
}
async function main() {
  const it = gen();
  await it.next();
  const r = await it.next();
  console.log('value', r.value, 'done', r.done, 'is string', typeof r.value === 'string');
}
main();
