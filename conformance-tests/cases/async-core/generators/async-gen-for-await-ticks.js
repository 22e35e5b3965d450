// for await over an async generator: each value reaches the loop body 2 ticks after the previous one.
async function* gen() {
  yield 'a';
  yield 'b';
}
async function main() {
  for await (const v of gen()) {
    console.log('got', v);
  }
  console.log('loop done');
}
main();
let c = Promise.resolve();
for (let i = 1; i <= 10; i++) c = c.then(() => console.log('tick', i));
