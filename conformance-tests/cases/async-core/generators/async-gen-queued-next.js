// Several next() calls made before the generator resumes are queued and settle in order.
async function* gen() {
  console.log('body start');
  await null;
  yield 'one';
  console.log('after one');
  yield 'two';
  console.log('after two');
}
const it = gen();
it.next().then(r => console.log('call 1 ->', r.value, r.done));
it.next().then(r => console.log('call 2 ->', r.value, r.done));
it.next().then(r => console.log('call 3 ->', r.value, r.done));
it.next().then(r => console.log('call 4 ->', r.value, r.done));
console.log('four next calls made');
