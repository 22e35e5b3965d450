// Nested loops with awaits in both levels: inner and outer counters interleave with another task.
async function grid() {
  for (let r = 0; r < 2; r++) {
    await null;
    for (let c = 0; c < 2; c++) {
      await null;
      console.log('cell', r, c);
    }
  }
}
async function ticker() {
  for (let t = 1; t <= 6; t++) {
    await null;
    console.log('tick', t);
  }
}
grid();
ticker();
