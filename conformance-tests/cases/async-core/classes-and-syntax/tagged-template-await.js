// An awaited value passed into a tagged template, and a tag that is itself awaited.
function tag(strings, a, b) {
  return strings[0] + '[' + a + ']' + strings[1] + '[' + b + ']' + strings[2];
}
async function getTag() {
  await null;
  return tag;
}
async function main() {
  console.log(tag`x${await 'one'}y${await Promise.resolve('two')}z`);
  console.log((await getTag())`p${1}q${2}r`);
}
main();
