// Promise.all([]) is already fulfilled when returned; awaiting it costs 1 tick.
async function f() {
  const v = await Promise.all([]);
  console.log('awaited empty all, length', v.length);
}
f();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
console.log('sync end');
