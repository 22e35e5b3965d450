// Several async functions awaiting the same pending promise resume in the order they awaited.
let release;
const gate = new Promise(resolve => {
  release = resolve;
});
async function waiter(name) {
  console.log(name, 'waiting');
  const v = await gate;
  console.log(name, 'released with', v);
}
waiter('first');
waiter('second');
gate.then(v => console.log('plain then', v));
waiter('third');
setTimeout(() => {
  console.log('timer releases the gate');
  release('go');
  console.log('release returned');
}, 10);
