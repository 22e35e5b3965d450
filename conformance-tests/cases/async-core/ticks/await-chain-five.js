// Five sequential awaits of resolved promises interleave one-for-one with a then chain.
async function f() {
  for (let i = 1; i <= 5; i++) {
    await Promise.resolve();
    console.log('await', i);
  }
}
let c = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  c = c.then(() => console.log('tick', i));
}
f();
