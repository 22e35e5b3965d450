// await inside finally delays completion; ticks show how long.
async function f() {
  try {
    console.log('try');
  } finally {
    await null;
    console.log('finally after await 1');
    await null;
    console.log('finally after await 2');
  }
  console.log('after finally');
}
f();
let c = Promise.resolve();
for (let i = 1; i <= 3; i++) c = c.then(() => console.log('tick', i));
