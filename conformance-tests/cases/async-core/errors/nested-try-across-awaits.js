// Nested try blocks with awaits at every level unwind to the right handler.
async function f() {
  try {
    console.log('outer try');
    try {
      await null;
      console.log('inner try');
      await Promise.reject(new Error('inner'));
    } catch (e) {
      console.log('inner catch', e.message);
      await null;
      throw new Error('from inner catch');
    } finally {
      console.log('inner finally');
      await null;
    }
  } catch (e) {
    console.log('outer catch', e.message);
  } finally {
    console.log('outer finally');
  }
}
f().then(() => console.log('done'));
