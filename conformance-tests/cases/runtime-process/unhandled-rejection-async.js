process.on('unhandledRejection', (r) => console.log('unhandled', r.message));
async function fail() {
  await null;
  throw new Error('async failure');
}
fail();
console.log('sync end');
