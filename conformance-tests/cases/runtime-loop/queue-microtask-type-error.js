try {
  queueMicrotask('not a function');
} catch (e) {
  console.log(e.name, e.code === undefined ? 'no code' : 'code');
}
try {
  process.nextTick(42);
} catch (e) {
  console.log(e.name);
}
try {
  setImmediate();
} catch (e) {
  console.log(e.name);
}
