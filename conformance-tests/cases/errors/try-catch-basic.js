// throw / catch of Error objects, and the code skipped after a throw.
try {
  console.log('before throw');
  throw new Error('boom');
  console.log('not reached');
} catch (e) {
  console.log('caught:', e.message);
}
console.log('after try');
function risky(n) {
  if (n > 2) {
    throw new Error('too big: ' + n);
  }
  return n * 2;
}
try {
  console.log(risky(1));
  console.log(risky(5));
  console.log(risky(2));
} catch (err) {
  console.log(err.message);
}
var e2 = new Error('not thrown');
console.log(e2.message, typeof e2);
try {
  throw new Error();
} catch (e) {
  console.log('empty message: [' + e.message + ']');
}
