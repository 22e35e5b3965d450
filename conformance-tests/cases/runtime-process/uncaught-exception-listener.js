process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, 'origin:', origin);
});
setTimeout(() => {
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('loop continues'), 20);
