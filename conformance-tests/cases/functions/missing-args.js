// Missing parameters are undefined; extra arguments are ignored.
function three(a, b, c) {
  console.log(a, b, c);
  return c;
}
three(1, 2, 3);
three(1);
three();
three(1, 2, 3, 4, 5);
console.log(three('x') === undefined);
function withDefault(x) {
  if (x === undefined) {
    x = 'default';
  }
  return x;
}
console.log(withDefault(), withDefault(0), withDefault(null));
var arrow = (p, q) => p + q;
console.log(arrow(1));
