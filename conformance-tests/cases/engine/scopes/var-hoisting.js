// var declarations are hoisted with value undefined, function-scoped.
console.log(typeof a, String(a));
var a = 1;
console.log(a);
function f() {
  console.log(String(b));
  if (false) { var b = 2; }
  console.log(String(b));
  for (var i = 0; i < 3; i++) {}
  console.log(i);
  { var inner = 'block'; }
  return inner;
}
console.log(f());
var a;
console.log(a);
