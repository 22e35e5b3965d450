// 10,000 async tasks, each awaiting 100 times, all interleaved on the microtask queue.
const TASKS = 10000;
const STEPS = 100;
let done = 0;
async function task(id) {
  let acc = id;
  for (let i = 0; i < STEPS; i++) {
    acc = (acc + await i) % 1000003;
  }
  done++;
  return acc;
}
const start = performance.now();
const all = [];
for (let t = 0; t < TASKS; t++) all.push(task(t));
Promise.all(all).then(() => console.log('# tasks', done, 'ms', Math.round(performance.now() - start)));
