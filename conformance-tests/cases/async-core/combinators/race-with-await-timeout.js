// A timeout built with Promise.race: the slower operation loses and its result is ignored.
function delay(ms, v) {
  return new Promise(r => setTimeout(() => r(v), ms));
}
async function withTimeout(p, ms) {
  return Promise.race([p, delay(ms, 'timed out')]);
}
async function main() {
  console.log(await withTimeout(delay(0, 'quick'), 200));
  console.log(await withTimeout(delay(300, 'slow'), 100));
}
main();
