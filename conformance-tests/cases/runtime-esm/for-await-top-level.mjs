// for await at the top level of a module, over an async generator; the module waits for it.
async function* numbers() {
  for (let i = 1; i <= 3; i++) {
    await null;
    yield i;
  }
}
let sum = 0;
for await (const n of numbers()) {
  sum += n;
  console.log('got', n);
}
console.log('sum', sum);
Promise.resolve().then(() => console.log('after the loop'));
