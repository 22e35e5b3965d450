// Before an unhandled rejection ends the process, the whole microtask queue drains.
Promise.reject(new Error('nobody listens'));
async function busy() {
  for (let i = 1; i <= 4; i++) {
    await null;
    console.log('still running', i);
  }
}
busy();
setTimeout(() => console.log('timer never runs'), 0);
