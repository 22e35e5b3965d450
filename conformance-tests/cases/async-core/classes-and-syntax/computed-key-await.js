// await in a computed property key is evaluated before the value, in source order.
function trace(label, v) {
  console.log('evaluate', label);
  return v;
}
async function main() {
  const obj = { [await trace('key', 'k')]: trace('value', 'v'), other: await trace('other', 'o') };
  console.log('k =', obj.k, 'other =', obj.other);
}
main();
console.log('sync end');
