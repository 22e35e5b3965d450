process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  throw new Error('fatal');
}, 1);
setTimeout(() => console.log('never'), 30);
