// An await loop: the workload for measuring what recording costs (see overhead.sh).
const N = Number(process.argv[2] || 20000);
async function run() {
  let sum = 0;
  for (let i = 0; i < N; i++) sum += await i;
  return sum;
}
const start = performance.now();
run().then(sum => console.log('# sum', sum, 'awaits', N, 'ms', Math.round(performance.now() - start)));
