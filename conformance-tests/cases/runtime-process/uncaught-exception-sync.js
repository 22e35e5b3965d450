process.on('uncaughtException', (err) => console.log('caught', err.message));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => console.log('timer still runs'), 1);
throw new Error('main throws');
