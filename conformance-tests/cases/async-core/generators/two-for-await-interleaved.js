// Two for await loops over async generators running at the same time interleave.
async function* letters(prefix) {
  yield prefix + '1';
  yield prefix + '2';
  yield prefix + '3';
}
async function consume(prefix) {
  for await (const v of letters(prefix)) console.log(v);
  console.log(prefix, 'done');
}
consume('a');
consume('b');
