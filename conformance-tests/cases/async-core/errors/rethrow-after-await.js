// Catching, awaiting and rethrowing the same error object passes it on unchanged.
const original = new Error('keep me');
async function inner() {
  await null;
  throw original;
}
async function middle() {
  try {
    await inner();
  } catch (e) {
    console.log('middle caught', e.message);
    await null;
    throw e;
  }
}
middle().catch(e => console.log('outer caught same object', e === original));
