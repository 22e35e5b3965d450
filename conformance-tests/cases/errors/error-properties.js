// Error objects are ordinary objects: message can be read, changed, and extra properties added.
var e = new Error('first');
console.log(e.message);
e.message = 'second';
console.log(e.message);
e.code = 404;
try {
  throw e;
} catch (caught) {
  console.log(caught.message, caught.code, caught === e);
}
var made = function (msg) {
  var err = new Error(msg);
  err.kind = 'custom';
  return err;
};
try {
  throw made('made error');
} catch (x) {
  console.log(x.kind, x.message);
}
console.log(new Error('inline').message);
