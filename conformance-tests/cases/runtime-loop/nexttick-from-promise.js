// A tick queued by a promise job waits until the promise queue is empty.
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => console.log('tick from p1'));
  Promise.resolve().then(() => console.log('p3 from p1'));
});
Promise.resolve().then(() => console.log('p2'));
