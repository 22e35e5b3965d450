// An immediate queued while the check phase runs waits for the next loop iteration.
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C (next iteration)'));
  process.nextTick(() => console.log('tick after A'));
});
setImmediate(() => console.log('B'));
