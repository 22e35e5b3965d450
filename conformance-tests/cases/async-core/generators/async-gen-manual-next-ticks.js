// Manual it.next() on an async generator with no awaits: ticks until the result is visible.
async function* gen() {
  yield 'y1';
  yield 'y2';
}
const it = gen();
it.next().then(r => console.log('first result', r.value));
it.next().then(r => console.log('second result', r.value));
let c = Promise.resolve();
for (let i = 1; i <= 5; i++) c = c.then(() => console.log('tick', i));
