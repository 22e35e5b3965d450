// continue to an outer label from inside an inner loop, with awaits in both loops.
async function main() {
  outer: for (let i = 0; i < 3; i++) {
    await null;
    for (let j = 0; j < 3; j++) {
      await null;
      if (j === 1) continue outer;
      console.log('i', i, 'j', j);
    }
    console.log('never reached');
  }
  console.log('done');
}
main();
