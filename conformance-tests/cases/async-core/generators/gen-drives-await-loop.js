// A sync generator supplies work items to an async loop that awaits each one.
function* tasks() {
  console.log('gen: yielding t1');
  yield 't1';
  console.log('gen: yielding t2');
  yield 't2';
  console.log('gen: exhausted');
}
async function main() {
  for (const t of tasks()) {
    const done = await Promise.resolve(t + ' done');
    console.log('loop:', done);
  }
}
main();
console.log('sync end');
