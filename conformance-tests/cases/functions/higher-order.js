// Functions as values: passing, returning, storing in arrays and objects.
function map(arr, f) {
  var out = [];
  for (var i = 0; i < arr.length; i = i + 1) {
    out.push(f(arr[i]));
  }
  return out;
}
function reduce(arr, f, init) {
  var acc = init;
  for (var i = 0; i < arr.length; i = i + 1) {
    acc = f(acc, arr[i]);
  }
  return acc;
}
var nums = [1, 2, 3, 4];
var squares = map(nums, function (x) { return x * x; });
console.log(squares[0], squares[1], squares[2], squares[3], squares.length);
console.log(reduce(nums, (a, b) => a + b, 0));
console.log(reduce(nums, (a, b) => a + b, ''));
function compose(f, g) {
  return x => f(g(x));
}
var inc = x => x + 1;
var dbl = x => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
var ops = { plus: (a, b) => a + b, times: (a, b) => a * b };
var fs = [inc, dbl, ops.times];
console.log(fs[0](1), fs[1](1), fs[2](3, 4), ops['plus'](1, 2));
