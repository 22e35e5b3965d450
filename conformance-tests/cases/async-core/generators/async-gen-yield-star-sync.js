// yield* over a sync iterable in an async generator awaits each element.
async function* gen() {
  yield* [Promise.resolve('p1'), 'plain', Promise.resolve('p2')];
  yield 'own';
}
async function main() {
  const out = [];
  for await (const v of gen()) out.push(v);
  console.log(out.join(' '));
}
main();
