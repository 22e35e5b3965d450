// A rejected await resumes the frame at the catch block; the rest of try is skipped.
async function f() {
  try {
    console.log('try start');
    await Promise.reject(new Error('rejected'));
    console.log('not printed');
  } catch (e) {
    console.log('catch', e.message);
  }
  console.log('after try');
}
f();
console.log('sync end');
