// return with and without a value, early returns, code after return.
function early(n) {
  if (n > 0) {
    return 'positive';
  }
  console.log('not positive:', n);
  return;
  console.log('unreachable');
}
console.log(early(1));
console.log(early(-1));
function loopReturn() {
  for (var i = 0; i < 10; i = i + 1) {
    if (i * i > 20) return i;
  }
  return -1;
}
console.log(loopReturn());
function whileReturn() {
  var i = 0;
  while (true) {
    i = i + 1;
    if (i === 3) return 'done at ' + i;
  }
}
console.log(whileReturn());
var arrowVoid = () => { 1 + 1; };
console.log(arrowVoid());
