// A then registered inside an async function before its await runs before the resumption.
async function f() {
  Promise.resolve().then(() => console.log('then registered inside f'));
  await null;
  console.log('f resumed');
}
Promise.resolve().then(() => console.log('then registered before f'));
f();
Promise.resolve().then(() => console.log('then registered after f'));
