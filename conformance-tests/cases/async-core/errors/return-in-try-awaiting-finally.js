// return in try with an awaiting finally: the return value is kept until finally completes.
let x = 'original';
async function f() {
  try {
    return x;
  } finally {
    console.log('finally start');
    await null;
    x = 'changed';
    console.log('finally end');
  }
}
f().then(v => console.log('returned', v, 'x is', x));
let c = Promise.resolve();
for (let i = 1; i <= 3; i++) c = c.then(() => console.log('tick', i));
