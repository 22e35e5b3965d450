// With an 'unhandledRejection' listener, a handler attached later emits 'rejectionHandled' for that promise.
let reported;
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason);
  reported = promise;
});
process.on('rejectionHandled', promise => console.log('rejectionHandled, same promise:', promise === reported));
const p = Promise.reject('boom');
setTimeout(() => {
  console.log('attaching a handler');
  p.catch(reason => console.log('caught', reason));
  Promise.resolve().then(() => console.log('microtask after attaching'));
}, 20);
setTimeout(() => console.log('done'), 60);
