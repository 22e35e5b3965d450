// Sequential awaits of equal timers add up; starting both first makes them overlap (equal delays fire FIFO).
function sleep(ms, v) {
  return new Promise(resolve => setTimeout(() => { console.log('timer', v); resolve(v); }, ms));
}
async function sequential() {
  await sleep(100, 'seq-a');
  await sleep(100, 'seq-b');
  console.log('sequential done');
}
async function parallel() {
  const a = sleep(100, 'par-a');
  const b = sleep(100, 'par-b');
  await a;
  await b;
  console.log('parallel done');
}
sequential();
parallel();
