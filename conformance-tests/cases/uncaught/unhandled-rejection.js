// A rejected promise with no handler ends the program with exit code 1,
// but only after the already-queued microtasks have run.
console.log('start');
Promise.reject(new Error('nobody handles this'));
Promise.resolve().then(() => console.log('queued microtask still runs'));
console.log('end of sync code');
