// An async function started in a timer: its awaits complete before the next timer fires.
async function job(name) {
  console.log(name, 'start');
  await null;
  console.log(name, 'after await 1');
  await Promise.resolve();
  console.log(name, 'after await 2');
}
setTimeout(() => job('t0'), 0);
setTimeout(() => job('t100'), 100);
setTimeout(() => console.log('t200'), 200);
console.log('scheduled');
