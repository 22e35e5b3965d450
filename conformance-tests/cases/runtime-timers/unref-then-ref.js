const t = setTimeout(() => console.log('runs: ref() again'), 10);
t.unref();
t.ref();
console.log(t.hasRef());
