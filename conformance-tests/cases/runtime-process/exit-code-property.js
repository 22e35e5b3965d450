process.on('exit', (code) => console.log('exit event with', code));
console.log('exitCode before', process.exitCode);
process.exitCode = 3;
console.log('exitCode after', process.exitCode);
