// Destructuring the result of an await, with defaults and renames.
async function fetchUser() {
  await null;
  return { id: 7, name: 'ann', tags: undefined };
}
async function main() {
  const { id, name: userName, tags = 'none', missing = 'default' } = await fetchUser();
  console.log(id, userName, tags, missing);
}
main();
console.log('sync end');
