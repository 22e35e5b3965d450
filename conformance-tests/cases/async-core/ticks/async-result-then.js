// f().then(cb) for an async function without await: cb runs after 1 tick.
async function f() {
  console.log('f body runs synchronously');
  return 'result';
}
Promise.resolve().then(() => console.log('tick 1 registered first'));
f().then(v => console.log('then got', v));
Promise.resolve().then(() => console.log('tick 1 registered last'));
console.log('sync end');
