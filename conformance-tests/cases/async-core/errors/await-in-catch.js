// await inside a catch block suspends and resumes inside the catch with the binding intact.
async function f() {
  try {
    throw new Error('first');
  } catch (e) {
    console.log('catch start', e.message);
    const v = await 'recovery';
    console.log('catch resumed', e.message, v);
  }
  return 'done';
}
f().then(v => console.log('result', v));
console.log('sync end');
