// A throw in finally after an await replaces both a pending return and a pending error.
async function overReturn() {
  try {
    return 'value';
  } finally {
    await null;
    throw new Error('finally error 1');
  }
}
async function overError() {
  try {
    await Promise.reject(new Error('original'));
  } finally {
    await null;
    throw new Error('finally error 2');
  }
}
overReturn().then(v => console.log('value', v), e => console.log('rejected', e.message));
overError().then(v => console.log('value', v), e => console.log('rejected', e.message));
