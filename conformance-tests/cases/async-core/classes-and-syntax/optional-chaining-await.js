// Optional chaining combined with await: short-circuits on nullish awaited values.
async function get(v) {
  await null;
  return v;
}
async function main() {
  console.log((await get(null))?.name);
  console.log((await get({ name: 'present' }))?.name);
  console.log((await get({}))?.deep?.value);
  const obj = { async load() { return 'loaded'; } };
  console.log(await obj.load?.());
  console.log(await obj.missing?.());
}
main();
