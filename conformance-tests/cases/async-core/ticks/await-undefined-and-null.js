// await undefined, await null and await of an object without then each cost 1 tick.
async function a() { const v = await undefined; console.log('a got', typeof v); }
async function b() { const v = await null; console.log('b got', v); }
async function c() { const v = await { then: 5 }; console.log('c got then =', v.then); }
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
a();
b();
c();
console.log('sync end');
