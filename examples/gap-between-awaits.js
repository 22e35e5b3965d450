// gap-between-awaits.js -- the world can change while you are awaiting.
//
// `await` is a pause. While one async function is paused, other code (the rest
// of the script, other async functions, promise callbacks) gets to run and may
// modify shared state. So a value read BEFORE an await may be stale AFTER it.
//
// Here two "requests" each read the stock, await (think: a database call), and
// then write back stock - 1. Both read 1 before either writes, so both sell the
// last item: the classic check-then-act race, with no threads involved.
//
// Expected output:
//   alice checks stock: 1
//   bob checks stock: 1
//   alice buys, stock now 0
//   bob buys, stock now 0
//   sold 2 items but there was only 1
//   ---
//   carol checks stock again after await: 1
//   carol buys, stock now 0
//   dave checks stock again after await: 0
//   dave: sold out

let stock = 1;
let sold = 0;

function pretendDatabaseCall() {
  return Promise.resolve(); // resolves immediately, but await still pauses
}

async function buyRacy(name) {
  const seen = stock; // read ...
  console.log(name, 'checks stock:', seen);
  await pretendDatabaseCall(); // ... pause: the other buyer runs here ...
  if (seen > 0) {
    stock = seen - 1; // ... write based on a stale read
    sold = sold + 1;
    console.log(name, 'buys, stock now', stock);
  }
}

async function buySafe(name) {
  await pretendDatabaseCall();
  // Read the shared state AFTER the await, right before acting on it.
  console.log(name, 'checks stock again after await:', stock);
  if (stock > 0) {
    stock = stock - 1;
    console.log(name, 'buys, stock now', stock);
  } else {
    console.log(name + ': sold out');
  }
}

async function main() {
  const a = buyRacy('alice'); // both start before either finishes
  const b = buyRacy('bob');
  await a;
  await b;
  console.log('sold', sold, 'items but there was only 1');
  console.log('---');
  stock = 1;
  const c = buySafe('carol');
  const d = buySafe('dave');
  await c;
  await d;
}

main();
