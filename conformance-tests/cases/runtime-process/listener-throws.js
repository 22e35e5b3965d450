process.on('uncaughtException', () => {
  console.log('listener runs then throws');
  throw new Error('in listener');
});
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => console.log('never'), 30);
