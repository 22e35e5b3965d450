process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('fatal rejection'));
setTimeout(() => console.log('never'), 30);
