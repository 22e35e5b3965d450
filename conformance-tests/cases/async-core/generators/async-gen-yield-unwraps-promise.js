// yield in an async generator awaits a promise operand; a rejected one throws at the yield.
async function* gen() {
  yield Promise.resolve('unwrapped');
  try {
    yield Promise.reject(new Error('rejected operand'));
  } catch (e) {
    console.log('generator caught', e.message);
    yield 'after catch';
  }
}
async function main() {
  for await (const v of gen()) {
    console.log('got', v, typeof v);
  }
}
main();
