// A throw inside a then callback rejects the derived promise, which an await then throws.
async function f() {
  try {
    await Promise.resolve(1).then(v => {
      console.log('then callback got', v);
      throw new Error('then threw');
    });
  } catch (e) {
    console.log('await threw', e.message);
  }
}
f();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
