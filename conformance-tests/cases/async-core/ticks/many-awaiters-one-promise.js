// Several async functions awaiting the same pending promise resume in the order they awaited.
let resolveIt;
const gate = new Promise(r => { resolveIt = r; });
async function waiter(name) {
  console.log(name, 'waiting');
  const v = await gate;
  console.log(name, 'resumed with', v);
}
waiter('a');
waiter('b');
gate.then(() => console.log('plain then'));
waiter('c');
resolveIt('go');
console.log('resolved synchronously');
