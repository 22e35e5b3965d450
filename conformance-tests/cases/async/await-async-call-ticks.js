// Awaiting an async function call vs awaiting a plain promise: how many ticks each takes.
async function inner() {
  console.log('inner runs');
  return 'inner value';
}
async function viaAsync() {
  const v = await inner();
  console.log('viaAsync got', v);
}
async function viaPromise() {
  const v = await Promise.resolve('promise value');
  console.log('viaPromise got', v);
}
async function viaNested() {
  const v = await (async () => {
    await null;
    return 'nested value';
  })();
  console.log('viaNested got', v);
}
viaNested();
viaAsync();
viaPromise();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
