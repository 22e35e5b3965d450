// A sync generator yields a promise as-is; it is the consumer that awaits it.
function* gen() {
  const got = yield Promise.resolve('inside promise');
  console.log('generator received', got);
}
async function consume() {
  const it = gen();
  const step = it.next();
  console.log('value is a promise', typeof step.value.then === 'function');
  const resolved = await step.value;
  it.next(resolved);
}
consume();
console.log('sync end');
