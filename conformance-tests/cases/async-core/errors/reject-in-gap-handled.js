// Two promises created up front, one rejecting: awaiting them in order handles both in the same drain.
async function slow() { await null; await null; return 'slow value'; }
async function fast() { await null; throw new Error('fast failed'); }
async function main() {
  const s = slow();
  const f = fast();
  console.log('slow', await s);
  try {
    await f;
  } catch (e) {
    console.log('fast', e.message);
  }
}
main().then(() => console.log('main done'));
