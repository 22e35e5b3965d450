// await in if conditions and in both arms of a ternary: only the taken arm waits.
async function f(flag) {
  if (await flag) {
    console.log(flag, 'if branch');
  } else {
    console.log(flag, 'else branch');
  }
  const v = flag ? await 'yes' : 'no';
  console.log(flag, 'ternary', v);
}
f(true);
f(false);
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
