// Timers with the same delay fire in the order they were created.
setTimeout(() => console.log('first 50'), 50);
setTimeout(() => console.log('second 50'), 50);
setTimeout(() => console.log('first 0'), 0);
setTimeout(() => console.log('third 50'), 50);
setTimeout(() => console.log('second 0'), 0);
for (let i = 0; i < 3; i = i + 1) {
  setTimeout(() => console.log('loop timer', i), 150);
}
