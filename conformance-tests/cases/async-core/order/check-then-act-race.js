// A check before an await and an act after it lets two callers both pass the check.
let ticketsLeft = 1;
async function buy(name) {
  if (ticketsLeft > 0) {
    await null;
    ticketsLeft = ticketsLeft - 1;
    console.log(name, 'bought, left', ticketsLeft);
  } else {
    console.log(name, 'sold out');
  }
}
buy('ann');
buy('ben');
Promise.resolve().then(() => Promise.resolve()).then(() => buy('cat'));
