// while loops, including one that never runs and one ended by break.
var i = 0;
var sum = 0;
while (i < 5) {
  sum = sum + i;
  i = i + 1;
}
console.log('sum', sum, 'i', i);
while (false) {
  console.log('never');
}
var n = 27;
var steps = 0;
while (n !== 1) {
  if (n % 2 === 0) {
    n = n / 2;
  } else {
    n = 3 * n + 1;
  }
  steps = steps + 1;
}
console.log('collatz steps', steps);
var k = 0;
while (true) {
  k = k + 3;
  if (k > 10) break;
}
console.log('k', k);
