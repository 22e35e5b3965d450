// An async function returning a plain value: an awaiting caller resumes 1 tick after the call.
async function inner() {
  return 'value';
}
async function outer() {
  const v = await inner();
  console.log('outer got', v);
}
outer();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
