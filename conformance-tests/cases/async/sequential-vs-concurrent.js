// Starting two async calls before awaiting them lets them run concurrently.
function sleep(ms, v) {
  return new Promise(resolve => setTimeout(() => {
    console.log('  timer', v);
    resolve(v);
  }, ms));
}
async function sequential() {
  console.log('sequential start');
  const a = await sleep(150, 'seq-a');
  const b = await sleep(10, 'seq-b');
  console.log('sequential', a, b);
}
async function concurrent() {
  console.log('concurrent start');
  const pa = sleep(150, 'con-a');
  const pb = sleep(10, 'con-b');
  const a = await pa;
  const b = await pb;
  console.log('concurrent', a, b);
}
async function main() {
  await sequential();
  await concurrent();
}
main();
