// Recursive functions, including mutual recursion.
function fact(n) {
  if (n <= 1) return 1;
  return n * fact(n - 1);
}
console.log(fact(5), fact(10), fact(20));
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
var s = '';
for (var i = 0; i < 12; i = i + 1) {
  s = s + fib(i) + ' ';
}
console.log(s);
function isEven(n) {
  if (n === 0) return true;
  return isOdd(n - 1);
}
function isOdd(n) {
  if (n === 0) return false;
  return isEven(n - 1);
}
console.log(isEven(10), isOdd(7), isEven(3));
function depth(n) {
  if (n === 0) return 0;
  return 1 + depth(n - 1);
}
console.log(depth(200));
