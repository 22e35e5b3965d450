// var declarations are hoisted (value undefined) to the top of the function.
console.log(v);
var v = 5;
console.log(v);
function f() {
  console.log('inside before', w);
  if (false) {
    var w = 'never assigned';
  }
  console.log('inside after', w);
  var w = 'now';
  return w;
}
console.log(f());
var g = 'global';
function shadow() {
  console.log('shadow sees', g);
  var g = 'local';
  console.log('shadow then', g);
}
shadow();
console.log(g);
for (var k = 0; k < 2; k = k + 1) {
  var inLoop = k;
}
console.log(k, inLoop);
