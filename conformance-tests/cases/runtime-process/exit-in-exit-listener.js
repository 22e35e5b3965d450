process.on('exit', (code) => {
  console.log('first listener', code);
  process.exit(6);
});
process.on('exit', () => console.log('never: second listener'));
console.log('main');
