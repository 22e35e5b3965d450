// return Promise.resolve(v) from an async function costs 3 ticks (thenable job + then + reaction).
async function f() {
  return Promise.resolve('v');
}
f().then(v => console.log('f settled with', v));
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  p = p.then(() => console.log('tick', i));
}
