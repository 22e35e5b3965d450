let n = 0;
const iv = setInterval(() => {
  n++;
}, 5);
iv.unref();
setTimeout(() => console.log('interval ran while refed work existed', n > 0), 60);
