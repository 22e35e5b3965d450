// A microtask queued from a microtask runs after already-queued ones, but before any timer.
setTimeout(() => console.log('timer'), 0);
Promise.resolve().then(() => {
  console.log('outer 1');
  Promise.resolve().then(() => {
    console.log('inner 1');
    Promise.resolve().then(() => console.log('innermost 1'));
  });
});
Promise.resolve().then(() => {
  console.log('outer 2');
  Promise.resolve().then(() => console.log('inner 2'));
});
