// finally runs when break or continue leaves the try block.
for (var i = 0; i < 4; i = i + 1) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    console.log('body', i);
  } finally {
    console.log('finally', i);
  }
}
var n = 0;
while (true) {
  try {
    n = n + 1;
    if (n === 2) break;
  } finally {
    console.log('while finally', n);
  }
}
console.log('end', i, n);
