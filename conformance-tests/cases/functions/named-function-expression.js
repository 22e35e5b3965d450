// A named function expression can call itself by its own name.
var factorial = function fact(n) {
  if (n <= 1) return 1;
  return n * fact(n - 1);
};
console.log(factorial(6));
console.log(typeof fact);
var countdown = function go(n, acc) {
  if (n === 0) return acc + 'liftoff';
  return go(n - 1, acc + n + ' ');
};
console.log(countdown(3, ''));
