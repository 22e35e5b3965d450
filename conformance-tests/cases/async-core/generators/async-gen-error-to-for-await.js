// An error thrown inside an async generator surfaces as a throw from for await.
async function* gen() {
  yield 1;
  await null;
  throw new Error('generator broke');
}
async function main() {
  try {
    for await (const v of gen()) console.log('got', v);
  } catch (e) {
    console.log('loop caught', e.message);
  }
  console.log('main continues');
}
main();
