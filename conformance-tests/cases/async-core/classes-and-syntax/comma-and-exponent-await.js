// await inside a comma expression and as a base with exponent, evaluated left to right.
let log = [];
async function v(x) {
  log.push(x);
  return x;
}
async function main() {
  const r = (await v(1), await v(2), await v(3));
  const p = (await v(2)) ** (await v(3));
  console.log('comma', r, 'power', p, 'order', log.join(''));
}
main();
