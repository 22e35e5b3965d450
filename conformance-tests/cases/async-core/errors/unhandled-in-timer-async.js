// An async rejection started in a timer is unhandled after that timer's microtasks: later timers do not run.
setTimeout(async () => {
  console.log('timer 0 starts async work');
  await null;
  throw new Error('async failure in timer');
}, 0);
setTimeout(() => console.log('timer 200 never runs'), 200);
console.log('scheduled');
