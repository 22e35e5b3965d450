// A catch that recovers lets the async function keep going past further awaits.
async function step(n, fail) {
  await null;
  if (fail) throw new Error('step ' + n + ' failed');
  return 'step ' + n + ' ok';
}
async function main() {
  const results = [];
  for (let n = 1; n <= 4; n++) {
    try {
      results.push(await step(n, n % 2 === 0));
    } catch (e) {
      results.push(e.message);
    }
  }
  console.log(results.join('; '));
}
main();
