// One function with a 10,000,000-iteration loop, called 10 times: each line prints the round's compute ms.
// On the optimizing runtime the loop is compiled by on-stack replacement while it runs (LoopNode is a
// Truffle RepeatingNode), so the later rounds show compiled speed; on the fallback runtime all rounds match.
function work(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = (s + i) % 1000003;
  }
  return s;
}
for (let round = 0; round < 10; round++) {
  const start = performance.now();
  const s = work(10000000);
  console.log('# round', round, 'sum', s, 'ms', Math.round(performance.now() - start));
}
