// await inside an async generator body delays the next result.
async function* gen() {
  console.log('gen start');
  const x = await Promise.resolve(1);
  yield x;
  const y = await new Promise(r => setTimeout(() => r(2), 100));
  yield y;
}
async function main() {
  const it = gen();
  console.log('created, body not started');
  const a = await it.next();
  console.log('first', a.value, a.done);
  const b = await it.next();
  console.log('second', b.value, b.done);
  const c = await it.next();
  console.log('third', c.value, c.done);
}
main();
setTimeout(() => console.log('timer 0'), 0);
