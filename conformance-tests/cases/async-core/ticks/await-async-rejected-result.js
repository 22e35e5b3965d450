// await of an async function that throws: the caller's catch runs 1 tick after the call.
async function fails() {
  throw new Error('inner failed');
}
async function caller() {
  try {
    await fails();
  } catch (e) {
    console.log('caller caught', e.message);
  }
}
caller();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
