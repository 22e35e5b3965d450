// return() queued behind a pending next() waits its turn, then closes the generator.
async function* gen() {
  try {
    await null;
    yield 'a';
    yield 'b';
  } finally {
    console.log('finally');
  }
}
const it = gen();
it.next().then(r => console.log('next ->', r.value, r.done));
it.return('closed').then(r => console.log('return ->', r.value, r.done));
it.next().then(r => console.log('next after return ->', r.value, r.done));
console.log('queued');
