// Timers created in one synchronous block with different delays fire in delay order; each drains microtasks.
setTimeout(() => { console.log('200'); Promise.resolve().then(() => console.log('200 micro')); }, 200);
setTimeout(() => { console.log('0 a'); Promise.resolve().then(() => console.log('0 a micro')); }, 0);
setTimeout(() => console.log('100'), 100);
setTimeout(() => console.log('0 b'), 0);
(async () => {
  await null;
  console.log('async micro');
})();
