// break from for await over a sync iterable calls the sync iterator's return method.
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i = i + 1; return { value: Promise.resolve(i), done: false }; },
      return() { console.log('sync return called'); return { done: true }; }
    };
  }
};
async function main() {
  for await (const v of iterable) {
    console.log('got', v);
    if (v === 2) break;
  }
  console.log('after loop');
}
main();
