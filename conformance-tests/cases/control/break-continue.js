// break and continue in for and while loops.
for (var i = 0; i < 10; i = i + 1) {
  if (i === 2) continue;
  if (i === 5) break;
  console.log('for', i);
}
console.log('stopped at', i);
var j = 0;
while (j < 6) {
  j = j + 1;
  if (j % 2 === 0) continue;
  console.log('while odd', j);
}
var found = -1;
var arr = [4, 8, 15, 16, 23, 42];
for (var k = 0; k < arr.length; k = k + 1) {
  if (arr[k] > 10) {
    found = k;
    break;
  }
}
console.log('first > 10 at index', found, 'value', arr[found]);
var ran = 0;
for (var q = 0; q < 3; q = q + 1) {
  continue;
  ran = ran + 1;
}
console.log('ran', ran, 'q', q);
