let once = false;
process.on('beforeExit', () => {
  if (once) return;
  once = true;
  console.log('beforeExit');
  process.nextTick(() => console.log('tick from beforeExit'));
  Promise.resolve().then(() => console.log('promise from beforeExit'));
});
