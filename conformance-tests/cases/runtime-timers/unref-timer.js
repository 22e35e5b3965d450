const t = setTimeout(() => console.log('never: unrefed'), 50);
console.log(t.hasRef());
t.unref();
console.log(t.hasRef());
setTimeout(() => console.log('refed timer'), 5);
