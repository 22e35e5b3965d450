// An async function that throws, with nobody awaiting it, is an unhandled rejection.
async function work() {
  console.log('work starts');
  await null;
  console.log('work resumes');
  throw new Error('async failure');
}
work();
console.log('sync end');
