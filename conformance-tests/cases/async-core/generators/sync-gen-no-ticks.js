// A sync generator runs synchronously on each next(); it never waits for microtasks.
function* counter() {
  console.log('gen start');
  yield 1;
  console.log('gen after 1');
  yield 2;
  console.log('gen end');
}
Promise.resolve().then(() => console.log('tick 1'));
const it = counter();
console.log('created, nothing ran');
console.log('next', it.next().value);
console.log('next', it.next().value);
const last = it.next();
console.log('last', last.value, last.done);
