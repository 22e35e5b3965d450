// break/continue only affect the innermost loop.
for (var i = 0; i < 3; i = i + 1) {
  for (var j = 0; j < 3; j = j + 1) {
    if (j === 1) continue;
    if (i === 1) break;
    console.log(i, j);
  }
}
var line = '';
for (let r = 1; r <= 3; r = r + 1) {
  line = '';
  for (let c = 1; c <= 3; c = c + 1) {
    line = line + r * c + ' ';
  }
  console.log(line);
}
var pairs = 0;
var a = 0;
while (a < 4) {
  var b = 0;
  while (b < 4) {
    if (a + b === 3) pairs = pairs + 1;
    b = b + 1;
  }
  a = a + 1;
}
console.log('pairs summing to 3:', pairs);
