// A rejected top-level await is an uncaught error: exit code 1, output before it is kept.
console.log('before');
await Promise.reject(new Error('tla failed'));
console.log('never printed');
