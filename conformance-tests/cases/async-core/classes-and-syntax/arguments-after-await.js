// The arguments object of an async function is still available after an await.
async function f() {
  const n = arguments.length;
  await null;
  console.log('count', n, arguments.length, 'first', arguments[0], 'last', arguments[arguments.length - 1]);
}
f('a', 'b', 'c');
f();
console.log('sync end');
