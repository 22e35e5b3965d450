// A key deleted during an await inside for-in is skipped when the loop reaches it.
const obj = { a: 1, b: 2, c: 3 };
async function f() {
  for (const key in obj) {
    console.log('visit', key);
    await null;
  }
  console.log('done');
}
f();
Promise.resolve().then(() => { delete obj.c; console.log('deleted c'); });
