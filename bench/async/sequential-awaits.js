// 1,000,000 sequential awaits in one async function.
const N = 1000000;
async function run() {
  let sum = 0;
  for (let i = 0; i < N; i++) {
    sum += await i;
  }
  return sum;
}
const start = performance.now();
run().then(sum => console.log('# sum', sum, 'ms', Math.round(performance.now() - start)));
