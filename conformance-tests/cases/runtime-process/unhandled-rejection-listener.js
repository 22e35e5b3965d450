process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('boom'));
Promise.reject(42);
const handledLater = Promise.reject('handled in time');
handledLater.catch(() => console.log('caught in time'));
setTimeout(() => console.log('still running'), 5);
