// catch without a binding resumes after a rejected await.
async function f() {
  try {
    await Promise.reject(new Error('ignored'));
  } catch {
    console.log('caught without binding');
    await null;
    console.log('after await in catch');
  }
}
f();
console.log('sync end');
