// Returning a promise that is resolved later: settle is 2 ticks after the inner promise settles.
let resolveInner;
const inner = new Promise(r => { resolveInner = r; });
async function f() {
  return inner;
}
f().then(v => console.log('f settled with', v));
let p = Promise.resolve();
for (let i = 1; i <= 6; i++) {
  p = p.then(() => {
    console.log('tick', i);
    if (i === 2) resolveInner('inner value');
  });
}
