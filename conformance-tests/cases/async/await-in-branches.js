// await in if/else branches and loop bodies; branches decided by awaited values.
const get = v => Promise.resolve(v);
async function main() {
  const flag = await get(true);
  if (flag) {
    console.log('if branch');
    await null;
    console.log('still in if');
  } else {
    console.log('not here');
  }
  let n = 0;
  while (n < 3) {
    n = n + await get(1);
    if (n === 2) {
      console.log('n reached 2');
      continue;
    }
    console.log('n', n);
  }
  for (let i = 0; i < 5; i = i + 1) {
    const v = await get(i * i);
    if (v > 5) {
      console.log('break at', i);
      break;
    }
  }
  return 'done';
}
main().then(v => console.log(v));
