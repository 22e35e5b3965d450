// Spreading awaited arrays into calls and array literals.
function sum(a, b, c) {
  return a + b + c;
}
async function main() {
  const nums = await Promise.resolve([1, 2, 3]);
  console.log('sum', sum(...nums));
  const merged = [0, ...(await Promise.resolve([4, 5])), ...nums];
  console.log('merged', merged.join(','));
  const objs = { ...(await Promise.resolve({ p: 1 })), q: 2 };
  console.log('object spread', objs.p, objs.q);
}
main();
