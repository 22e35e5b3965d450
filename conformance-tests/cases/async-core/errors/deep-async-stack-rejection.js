// A rejection crosses several awaiting async frames; each frame's finally runs innermost first.
async function level(n) {
  try {
    if (n === 0) {
      await null;
      throw new Error('bottom');
    }
    await level(n - 1);
  } finally {
    console.log('finally level', n);
  }
}
level(3).catch(e => console.log('top caught', e.message));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
