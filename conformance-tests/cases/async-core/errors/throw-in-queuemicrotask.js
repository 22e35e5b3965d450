// A throw inside a queueMicrotask callback is an uncaught exception: exit 1, later timers never run.
queueMicrotask(() => {
  console.log('microtask throws');
  throw new Error('from microtask');
});
setTimeout(() => console.log('timer never runs'), 0);
console.log('sync end');
