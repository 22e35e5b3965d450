// await inside a classic for loop: the loop variable survives each suspension.
async function f() {
  let total = 0;
  for (let i = 1; i <= 4; i++) {
    total = total + await i;
    console.log('i', i, 'total', total);
  }
  return total;
}
f().then(t => console.log('result', t));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
