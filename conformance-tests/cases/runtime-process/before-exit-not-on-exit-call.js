process.on('beforeExit', () => console.log('never: beforeExit after process.exit'));
process.on('exit', () => console.log('exit only'));
setTimeout(() => process.exit(), 1);
