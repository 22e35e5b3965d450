// An unrefed immediate alone does not keep the loop alive.
setImmediate(() => console.log('never runs')).unref();
console.log('done');
