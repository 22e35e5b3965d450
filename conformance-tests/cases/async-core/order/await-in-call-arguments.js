// Arguments are evaluated left to right; an await in the middle suspends after the earlier ones.
function trace(name) {
  console.log('arg', name);
  return name;
}
function join3(a, b, c) {
  return a + b + c;
}
async function f() {
  const r = join3(trace('x'), await trace('y'), trace('z'));
  console.log('result', r);
}
f();
console.log('sync end');
