// try/catch around an async call that is not awaited does not catch its rejection: exit 1.
async function fails() {
  await null;
  throw new Error('escaped');
}
async function caller() {
  try {
    fails();
    console.log('call returned a promise');
  } catch (e) {
    console.log('never caught', e.message);
  }
  await null;
  console.log('caller finished');
}
caller();
