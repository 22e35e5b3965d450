// await inside try, catch and finally blocks.
async function f(shouldFail) {
  try {
    await null;
    console.log('try after await', shouldFail);
    if (shouldFail) throw new Error('fail');
    return 'try result';
  } catch (e) {
    await null;
    console.log('catch after await', e.message);
    return 'catch result';
  } finally {
    await null;
    console.log('finally after await', shouldFail);
  }
}
async function main() {
  console.log(await f(false));
  console.log(await f(true));
}
main();
