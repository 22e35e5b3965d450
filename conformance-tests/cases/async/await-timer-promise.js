// Awaiting promises that settle from timers with different delays.
function sleep(ms, label) {
  return new Promise(resolve => {
    setTimeout(() => {
      console.log('timer', label);
      resolve(label);
    }, ms);
  });
}
async function main() {
  console.log('start');
  const slow = sleep(200, 'slow');
  const fast = sleep(10, 'fast');
  console.log('awaiting slow first');
  const a = await slow;
  console.log('got', a);
  const b = await fast;
  console.log('got', b, '(already settled)');
}
main();
console.log('sync end');
