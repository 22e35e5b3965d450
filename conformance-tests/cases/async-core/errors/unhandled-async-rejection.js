// An async function rejecting with nobody listening ends the process with exit 1.
async function fail() {
  console.log('fail starts');
  await null;
  console.log('fail throws');
  throw new Error('unhandled');
}
fail();
Promise.resolve().then(() => console.log('other microtask'));
setTimeout(() => console.log('timer never runs'), 0);
console.log('sync end');
