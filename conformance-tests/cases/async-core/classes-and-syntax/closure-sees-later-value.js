// A closure created before an await sees assignments made after it.
async function main() {
  let status = 'initial';
  const report = () => console.log('status is', status);
  report();
  await null;
  status = 'after first await';
  report();
  await null;
  status = 'after second await';
  setTimeout(report, 0);
}
main();
