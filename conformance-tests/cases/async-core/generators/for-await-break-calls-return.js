// break out of for await calls the async generator's return, which runs its finally.
async function* gen() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log('generator finally');
    await null;
    console.log('generator finally after await');
  }
}
async function main() {
  for await (const v of gen()) {
    console.log('got', v);
    if (v === 2) break;
  }
  console.log('after loop');
}
main();
