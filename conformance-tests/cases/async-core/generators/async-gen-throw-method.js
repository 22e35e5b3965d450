// throw() on an async generator suspended at yield raises there; uncaught it rejects the call.
async function* gen() {
  try {
    yield 'first';
  } catch (e) {
    console.log('caught in generator', e.message);
    yield 'recovered';
  }
  yield 'last';
}
async function main() {
  const it = gen();
  console.log((await it.next()).value);
  console.log((await it.throw(new Error('thrown in'))).value);
  console.log((await it.next()).value);
  try {
    await it.throw(new Error('second'));
  } catch (e) {
    console.log('throw() rejected', e.message);
  }
  const r = await it.next();
  console.log('after', r.value, r.done);
}
main();
