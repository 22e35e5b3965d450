// A rejected await inside try/finally runs finally, then rejects the function's promise.
async function f() {
  try {
    await Promise.reject(new Error('from await'));
  } finally {
    console.log('finally runs');
  }
  console.log('not printed');
}
f().catch(e => console.log('caller caught', e.message));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
