// then callbacks registered before an await observe the frame's later state when they run.
async function main() {
  let step = 0;
  Promise.resolve().then(() => console.log('callback sees step', step));
  step = 1;
  await null;
  step = 2;
  Promise.resolve().then(() => console.log('second callback sees step', step));
  await null;
  step = 3;
}
main();
