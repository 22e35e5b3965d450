// return await 1 settles the async function 2 ticks after the call, as seen by then.
async function plain() { return 1; }
async function awaited() { return await 1; }
awaited().then(v => console.log('return await done', v));
plain().then(v => console.log('return plain done', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
