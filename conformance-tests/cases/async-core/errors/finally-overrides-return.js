// return in finally overrides return in try, even across an await.
async function f() {
  try {
    await null;
    return 'from try';
  } finally {
    await null;
    return 'from finally';
  }
}
async function g() {
  try {
    throw new Error('thrown in try');
  } finally {
    await null;
    return 'finally swallowed the error';
  }
}
f().then(v => console.log('f:', v));
g().then(v => console.log('g:', v), e => console.log('g rejected', e.message));
