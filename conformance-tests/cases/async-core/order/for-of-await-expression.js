// for (x of await y): the iterable is awaited once before the loop begins.
async function getItems() {
  console.log('getItems called');
  return ['p', 'q'];
}
async function f() {
  for (const x of await getItems()) {
    console.log('item', x);
  }
  console.log('loop done');
}
f();
console.log('sync end');
