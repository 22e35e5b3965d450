// Calling return() on a suspended generator runs its finally block.
function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('finally runs');
  }
}
const it = gen();
console.log('first', it.next().value);
const r = it.return('early');
console.log('return gave', r.value, r.done);
const after = it.next();
console.log('after return', after.value, after.done);
