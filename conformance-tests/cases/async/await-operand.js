// await used inside expressions: as an operand, in call arguments, in return.
function show(a, b) {
  return a + '|' + b;
}
async function main() {
  const p = Promise.resolve(2);
  const sum = 1 + await p;
  console.log('sum', sum);
  const product = (await p) * (await Promise.resolve(5));
  console.log('product', product);
  console.log('args', show(await p, await 'x'));
  console.log(await Promise.resolve('directly in console.log'));
  const t = await 3;
  const u = await p;
  const s = `${u} and ${t}`;
  console.log(s);
  return await p + 100;
}
main().then(v => console.log('returned', v));
