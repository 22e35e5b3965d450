// Catching, inspecting and rethrowing an error; the same object propagates.
var original = new Error('original');
function level1() {
  throw original;
}
function level2() {
  try {
    level1();
  } catch (e) {
    console.log('level2 saw', e.message);
    throw e;
  }
}
try {
  level2();
} catch (e) {
  console.log('top saw', e.message, e === original);
}
function wrap() {
  try {
    level1();
  } catch (e) {
    throw new Error('wrapped: ' + e.message);
  }
}
try {
  wrap();
} catch (e) {
  console.log(e.message);
}
