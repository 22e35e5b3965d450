// Two async functions running "at the same time" take turns at each await.
async function worker(name, steps) {
  for (let i = 1; i <= steps; i = i + 1) {
    console.log(name, 'step', i);
    await null;
  }
  console.log(name, 'done');
}
worker('x', 3);
worker('y', 2);
console.log('both started');
