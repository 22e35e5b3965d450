// Inside the check phase an immediate is always before a timer of the next iteration...
setImmediate(() => {
  setTimeout(() => console.log('timeout from immediate'), 20);
  setImmediate(() => console.log('immediate from immediate'));
});
