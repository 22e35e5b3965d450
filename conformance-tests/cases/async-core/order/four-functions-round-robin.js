// Four async functions with different numbers of awaits: output shows the round-robin.
async function worker(name, steps) {
  for (let i = 0; i < steps; i++) {
    await null;
  }
  console.log(name, 'finished after', steps);
}
worker('d', 4);
worker('b', 2);
worker('a', 1);
worker('c', 3);
worker('zero', 0);
console.log('all started');
