async function f() {
  console.log('f start');
  await null;
  console.log('f after await');
  process.nextTick(() => console.log('tick from f'));
  await null;
  console.log('f after second await');
}
process.nextTick(() => console.log('tick 1'));
f().then(() => console.log('f done'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync end');
