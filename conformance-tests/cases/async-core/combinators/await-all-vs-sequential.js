// await Promise.all runs the async functions' bodies interleaved; sequential awaits do not.
async function task(name) {
  console.log(name, 'start');
  await null;
  console.log(name, 'middle');
  await null;
  console.log(name, 'end');
  return name;
}
async function main() {
  const r = await Promise.all([task('A'), task('B')]);
  console.log('parallel done', r.join(','));
  await task('C');
  await task('D');
  console.log('sequential done');
}
main();
