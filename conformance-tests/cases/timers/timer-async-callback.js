// Async functions used as timer callbacks: their awaits finish before the next timer.
setTimeout(async () => {
  console.log('timer 1 start');
  await null;
  console.log('timer 1 after await');
  await Promise.resolve();
  console.log('timer 1 after second await');
}, 0);
setTimeout(() => console.log('timer 2'), 0);
setTimeout(async () => {
  console.log('timer 3 start');
  await new Promise(r => setTimeout(r, 10));
  console.log('timer 3 after awaiting a 10ms timer');
}, 5);
setTimeout(() => console.log('timer 4 (400ms)'), 400);
