// A timer scheduled from inside a timer runs after timers that were already due.
setTimeout(() => {
  console.log('outer A');
  setTimeout(() => console.log('inner from A (0ms)'), 0);
}, 0);
setTimeout(() => console.log('outer B'), 0);
setTimeout(() => {
  console.log('outer 200');
  setTimeout(() => {
    console.log('inner 200+10');
    setTimeout(() => console.log('innermost 200+10+10'), 10);
  }, 10);
}, 200);
setTimeout(() => console.log('outer 600'), 600);
