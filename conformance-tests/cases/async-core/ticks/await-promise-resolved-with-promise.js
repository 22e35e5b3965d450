// await of a promise whose executor resolved it with another promise: 2 extra ticks, then 1.
async function f() {
  const v = await new Promise(resolve => resolve(Promise.resolve('nested')));
  console.log('resumed with', v);
}
f();
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  c = c.then(() => console.log('tick', i));
}
