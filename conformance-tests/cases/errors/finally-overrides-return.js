// A return inside finally overrides the try's return and swallows exceptions.
function f1() {
  try {
    return 'try';
  } finally {
    return 'finally';
  }
}
console.log(f1());
function f2() {
  try {
    throw new Error('lost');
  } finally {
    return 'finally wins over throw';
  }
}
console.log(f2());
function f3() {
  try {
    throw new Error('first');
  } catch (e) {
    return 'catch ' + e.message;
  } finally {
    console.log('f3 finally runs before return completes');
  }
}
console.log(f3());
function f4() {
  var x = 1;
  try { return x; } finally { x = 2; }
}
console.log(f4());
function f5() {
  try { return 'try'; } finally { throw new Error('finally throws'); }
}
try {
  f5();
} catch (e) {
  console.log(e.message);
}
