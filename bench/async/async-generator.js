// An async generator producing 1,000,000 values consumed by for await.
const N = 1000000;
async function* produce() {
  for (let i = 0; i < N; i++) yield i;
}
async function consume() {
  let sum = 0;
  for await (const v of produce()) sum += v;
  return sum;
}
const start = performance.now();
consume().then(sum => console.log('# sum', sum, 'ms', Math.round(performance.now() - start)));
