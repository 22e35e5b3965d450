// Awaiting promises resolved by timers of different delays resumes in delay order.
function sleep(ms, v) {
  return new Promise(resolve => setTimeout(() => resolve(v), ms));
}
async function waitFor(ms) {
  const v = await sleep(ms, 'slept ' + ms);
  console.log(v);
}
waitFor(200);
waitFor(0);
waitFor(100);
console.log('all waiting');
