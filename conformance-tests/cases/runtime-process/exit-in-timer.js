setTimeout(() => {
  console.log('timer exits with 2');
  process.exit(2);
}, 5);
setTimeout(() => console.log('never'), 50);
