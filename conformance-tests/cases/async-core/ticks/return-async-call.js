// return inner() (an async call, not awaited) settles at tick 3, one tick after return await inner().
async function inner() { return 'inner'; }
async function returnsCall() { return inner(); }
async function returnsAwaitedCall() { return await inner(); }
returnsCall().then(v => console.log('returnsCall settled', v));
returnsAwaitedCall().then(v => console.log('returnsAwaitedCall settled', v));
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  p = p.then(() => console.log('tick', i));
}
