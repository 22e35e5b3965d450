// await f() where f itself awaits once: 1 tick inside f plus 1 tick to resume the caller.
async function inner() {
  await null;
  console.log('inner resumed');
  return 'inner done';
}
async function outer() {
  console.log('outer got', await inner());
}
outer();
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  c = c.then(() => console.log('tick', i));
}
