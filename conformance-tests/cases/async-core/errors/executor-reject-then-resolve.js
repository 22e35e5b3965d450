// Only the first call of resolve or reject counts.
const p = new Promise((resolve, reject) => {
  reject(new Error('first'));
  resolve('second');
  reject(new Error('third'));
});
async function f() {
  try {
    console.log('value', await p);
  } catch (e) {
    console.log('rejected with', e.message);
  }
}
f();
