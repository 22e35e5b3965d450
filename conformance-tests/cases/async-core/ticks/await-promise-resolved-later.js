// Awaiting a pending promise resumes 1 tick after it is resolved by another job.
let resolveIt;
const pending = new Promise(r => { resolveIt = r; });
async function f() {
  const v = await pending;
  console.log('resumed with', v);
}
f();
let c = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  c = c.then(() => {
    console.log('tick', i);
    if (i === 2) resolveIt('resolved in tick 2');
  });
}
