// An async function awaiting another async function, which awaits a third.
async function leaf(n) {
  console.log('leaf start', n);
  await null;
  console.log('leaf end', n);
  return n * 2;
}
async function middle(n) {
  console.log('middle start', n);
  const v = await leaf(n);
  console.log('middle got', v);
  return v + 1;
}
async function top() {
  console.log('top start');
  const a = await middle(1);
  console.log('top got', a);
  const b = await middle(10);
  console.log('top got', b);
  return a + b;
}
top().then(v => console.log('result', v));
console.log('sync end');
