// An async arrow with a parenthesised object literal body returns that object.
const make = async (k, v) => ({ [k]: v, kind: 'made' });
const single = async x => x * 2;
async function main() {
  const o = await make('key', 'value');
  console.log(o.key, o.kind);
  console.log(await single(21));
}
main();
