// Without an 'unhandledRejection' listener the rejection becomes an uncaught exception.
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.message);
  console.log('code', err.code);
});
Promise.reject(new Error('as error'));
Promise.reject(7);
