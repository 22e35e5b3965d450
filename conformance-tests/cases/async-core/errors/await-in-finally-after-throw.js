// finally awaits while an error is pending; the error propagates after finally completes.
async function f() {
  try {
    throw new Error('pending');
  } finally {
    console.log('finally start');
    await null;
    console.log('finally end');
  }
}
f().catch(e => console.log('caught', e.message));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
