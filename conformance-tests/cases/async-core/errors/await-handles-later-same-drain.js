// Awaiting a rejected promise a few awaits later still counts as handled: exit 0.
async function f() {
  const p = Promise.reject(new Error('awaited later'));
  await null;
  await null;
  try {
    await p;
  } catch (e) {
    console.log('caught', e.message);
  }
}
f();
setTimeout(() => console.log('timer runs'), 0);
