// A throw inside an async function rejects its promise instead of throwing synchronously.
async function fails() {
  console.log('fails starts');
  throw new Error('async failure');
}
let p;
try {
  p = fails();
  console.log('no synchronous throw');
} catch (e) {
  console.log('not reached');
}
p.catch(e => console.log('rejected with', e.message));
async function failsLater() {
  await null;
  throw new Error('after await');
}
failsLater().then(
  () => console.log('not fulfilled'),
  e => console.log('failsLater:', e.message)
);
async function propagates() {
  await failsLater();
  console.log('not reached');
}
propagates().catch(e => console.log('propagated:', e.message));
