// new (await getClass())() constructs an instance of an asynchronously obtained class.
class Widget {
  constructor(label) { this.label = label; }
}
async function getClass() {
  await null;
  return Widget;
}
async function main() {
  const w = new (await getClass())('made later');
  console.log(w.label, w instanceof Widget);
}
main();
console.log('sync end');
