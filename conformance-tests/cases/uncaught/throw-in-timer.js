// An exception thrown from a timer callback is uncaught: later timers never run.
setTimeout(() => console.log('timer 10 ok'), 10);
setTimeout(() => {
  console.log('timer 50 throws');
  throw new Error('from timer');
}, 50);
setTimeout(() => console.log('timer 200 never runs'), 200);
console.log('scheduled');
