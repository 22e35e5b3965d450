// Each call of makeCounter creates an independent closed-over variable.
function makeCounter(start) {
  var count = start;
  return function () {
    count = count + 1;
    return count;
  };
}
var a = makeCounter(0);
var b = makeCounter(100);
console.log(a(), a(), a());
console.log(b(), b());
console.log(a());
function makeAdder(x) {
  return function (y) {
    return x + y;
  };
}
var add5 = makeAdder(5);
var addHi = makeAdder('hi ');
console.log(add5(1), add5(10));
console.log(addHi('there'));
console.log(makeAdder(1)(2));
