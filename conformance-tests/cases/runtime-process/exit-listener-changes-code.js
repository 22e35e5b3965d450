process.on('exit', (code) => {
  console.log('exit listener sees', code);
  process.exitCode = 4;
});
process.exit(2);
