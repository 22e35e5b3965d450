// for-of over an array sees elements pushed while the loop is suspended at an await.
const arr = [1, 2];
async function f() {
  for (const x of arr) {
    console.log('item', x);
    await null;
  }
  console.log('done, length', arr.length);
}
f();
Promise.resolve().then(() => { arr.push(3); console.log('pushed 3'); });
