// Timers fire in order of their delay, not the order they were created.
setTimeout(() => console.log('200ms'), 200);
setTimeout(() => console.log('0ms'), 0);
setTimeout(() => console.log('400ms'), 400);
setTimeout(() => console.log('50ms'), 50);
console.log('all scheduled');
