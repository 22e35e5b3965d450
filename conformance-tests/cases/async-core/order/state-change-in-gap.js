// Another function changes shared state in the gap between two awaits.
const state = { count: 0 };
async function reader() {
  console.log('reader sees', state.count);
  await null;
  console.log('reader sees', state.count);
  await null;
  console.log('reader sees', state.count);
}
async function writer() {
  state.count = 1;
  await null;
  state.count = 2;
}
reader();
writer();
state.count = state.count + 10;
