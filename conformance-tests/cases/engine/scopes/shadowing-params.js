// Parameters, var redeclarations and inner functions shadowing.
var x = 'global';
function f(x) {
  console.log(x);
  var x;
  console.log(x);
  var x = 'reassigned';
  return x;
}
console.log(f('param'));
function g(a) {
  function a() {}
  return typeof a;
}
console.log(g(1));
function h() {
  var x = 'h';
  function inner() { return x; }
  return inner();
}
console.log(h(), x);
function k(n) { n = 99; return arguments[0]; }
console.log(k(1));
