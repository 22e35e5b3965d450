// promise-chain-vs-await.js -- the same steps written two ways, running side by side.
//
// Each `.then` step and each `await` on an already-settled value costs one
// trip through the microtask queue (one "tick"). When two pieces of async code
// run at the same time, they take turns, one tick each, so their output
// interleaves.
//
// Expected output:
//   sync: both started
//   await step 1
//   then  step 1
//   await step 2
//   then  step 2
//   await step 3
//   then  step 3
//
// Careful: not every await costs one tick. `return somePromise` from an async
// function (or from a .then callback) costs two extra ticks, because the
// returned promise has to be "unwrapped". The second half shows that.
//
// Expected output, continued:
//   returns value: resolved
//   tick 1
//   tick 2
//   returns promise: resolved

async function withAwait() {
  await null;
  console.log('await step 1');
  await null;
  console.log('await step 2');
  await null;
  console.log('await step 3');
}

function withThen() {
  return Promise.resolve()
    .then(() => console.log('then  step 1'))
    .then(() => console.log('then  step 2'))
    .then(() => console.log('then  step 3'));
}

async function returnsValue() {
  return 'resolved';
}

async function returnsPromise() {
  return Promise.resolve('resolved'); // the promise must be unwrapped: +2 ticks
}

async function main() {
  const a = withAwait();
  const b = withThen();
  console.log('sync: both started');
  await a;
  await b;

  returnsPromise().then(v => console.log('returns promise:', v));
  returnsValue().then(v => console.log('returns value:', v));
  Promise.resolve()
    .then(() => console.log('tick 1'))
    .then(() => console.log('tick 2'));
}

main();
