// Array destructuring of an awaited value, with holes, defaults and rest.
async function main() {
  const [a, , c = 'c-default', ...rest] = await Promise.resolve([1, 2, undefined, 4, 5]);
  console.log(a, c, rest.join('+'));
  const [[x, y], { z }] = await Promise.all([Promise.resolve(['X', 'Y']), { z: 'Z' }]);
  console.log(x, y, z);
}
main();
