// Shared state can change between two awaits, because other code runs in the gap.
let balance = 100;
async function withdraw(name, amount) {
  const seen = balance;
  console.log(name, 'sees', seen);
  await null;
  if (seen >= amount) {
    balance = seen - amount;
    console.log(name, 'withdrew', amount, 'balance now', balance);
  }
}
async function main() {
  const a = withdraw('alice', 80);
  const b = withdraw('bob', 50);
  await a;
  await b;
  console.log('final balance', balance, '(lost update)');
}
main();
let counter = 0;
async function readTwice() {
  const first = counter;
  await null;
  const second = counter;
  console.log('first', first, 'second', second);
}
readTwice();
counter = 5;
Promise.resolve().then(() => { counter = 6; });
