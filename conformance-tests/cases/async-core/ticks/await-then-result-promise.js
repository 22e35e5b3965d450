// await p.then(f): the then callback runs in tick 1, the await resumes one tick after that.
async function f() {
  const v = await Promise.resolve(1).then(x => {
    console.log('then callback', x);
    return x + 1;
  });
  console.log('await got', v);
}
f();
let c = Promise.resolve();
for (let i = 1; i <= 3; i++) {
  c = c.then(() => console.log('tick', i));
}
