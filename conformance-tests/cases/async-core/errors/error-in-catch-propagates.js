// An error thrown in a catch block after an await propagates to the caller; finally still runs.
async function f() {
  try {
    await Promise.reject(new Error('first'));
  } catch (e) {
    await null;
    throw new Error('second, after ' + e.message);
  } finally {
    console.log('finally runs');
  }
}
async function caller() {
  try {
    await f();
  } catch (e) {
    console.log('caller caught', e.message);
  }
}
caller();
