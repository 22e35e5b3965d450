// An await continuation is queued like any other microtask, in FIFO order with queueMicrotask.
async function f() {
  queueMicrotask(() => console.log('qm queued before await'));
  await null;
  console.log('after await');
  queueMicrotask(() => console.log('qm queued after await'));
  await null;
  console.log('after second await');
}
queueMicrotask(() => console.log('qm queued before call'));
f();
queueMicrotask(() => console.log('qm queued after call'));
