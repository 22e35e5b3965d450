process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('never: exit stops the loop'), 0);
Promise.resolve().then(() => console.log('never: no microtask after exit'));
console.log('before exit');
process.exit(5);
console.log('never: after exit');
