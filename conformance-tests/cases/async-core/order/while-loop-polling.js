// A loop awaiting until another async function flips a flag sees it after a fixed number of turns.
let ready = false;
async function setter() {
  await null;
  await null;
  await null;
  ready = true;
  console.log('setter set ready');
}
async function poller() {
  let turns = 0;
  while (!ready) {
    turns = turns + 1;
    await null;
  }
  console.log('poller saw ready after', turns, 'turns');
}
poller();
setter();
