const a = setImmediate(() => console.log('never'));
const b = setImmediate(() => {
  console.log('b runs and clears c');
  clearImmediate(c);
});
const c = setImmediate(() => console.log('never either'));
clearImmediate(a);
setImmediate(() => console.log('d'));
clearImmediate(undefined);
clearImmediate(null);
clearImmediate({});
