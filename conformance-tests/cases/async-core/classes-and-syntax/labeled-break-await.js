// break out of a labeled block and a labeled loop after awaits.
async function main() {
  block: {
    console.log('block start');
    await null;
    if (true) break block;
    console.log('not printed');
  }
  search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
    for (const v of row) {
      if (await v === 4) {
        console.log('found 4');
        break search;
      }
      console.log('checked', v);
    }
  }
  console.log('done');
}
main();
