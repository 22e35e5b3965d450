let count = 0;
for (let i = 0; i < 1000; i++) {
  setImmediate(() => { count++; });
}
setImmediate(() => console.log('after 1000 immediates', count));
