// finally always runs, after try or after catch.
function run(shouldThrow) {
  var log = '';
  try {
    log = log + 'try ';
    if (shouldThrow) throw new Error('x');
    log = log + 'try-end ';
  } catch (e) {
    log = log + 'catch ';
  } finally {
    log = log + 'finally';
  }
  return log;
}
console.log(run(false));
console.log(run(true));
try {
  console.log('A');
} finally {
  console.log('B');
}
function tryFinallyReturn() {
  try {
    console.log('in try');
    return 'from try';
  } finally {
    console.log('in finally');
  }
}
console.log(tryFinallyReturn());
try {
  try {
    throw new Error('inner');
  } finally {
    console.log('inner finally');
  }
} catch (e) {
  console.log('outer caught', e.message);
}
