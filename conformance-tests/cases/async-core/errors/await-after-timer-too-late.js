// Awaiting a rejected promise only after a timer is too late: the process exits 1.
function sleep(ms) {
  return new Promise(r => setTimeout(r, ms));
}
async function f() {
  const p = Promise.reject(new Error('waited too long'));
  console.log('sleeping before await');
  await sleep(20);
  console.log('not printed');
  try {
    await p;
  } catch (e) {
    console.log('caught', e.message);
  }
}
f();
