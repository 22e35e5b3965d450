// An error unwinds through several calls until a catch; code after the call is skipped.
function a() {
  console.log('a start');
  b();
  console.log('a end (skipped)');
}
function b() {
  console.log('b start');
  c();
  console.log('b end (skipped)');
}
function c() {
  console.log('c throws');
  throw new Error('deep');
}
try {
  a();
} catch (e) {
  console.log('caught at top:', e.message);
}
var cb = function (f) {
  try {
    return f();
  } catch (e) {
    return 'handled ' + e.message;
  }
};
console.log(cb(() => 'ok'));
console.log(cb(() => { throw new Error('from arrow'); }));
