// Classic for(;;) loops: counting, empty parts, var leaking out of the loop.
for (var i = 0; i < 3; i = i + 1) {
  console.log('i', i);
}
console.log('after loop i =', i);
var out = '';
for (let j = 10; j > 0; j = j - 3) {
  out = out + j + ' ';
}
console.log(out);
var m = 0;
for (; m < 2;) {
  console.log('m', m);
  m = m + 1;
}
var c = 0;
for (;;) {
  c = c + 1;
  if (c === 4) break;
}
console.log('c', c);
var total = 0;
for (var a = 1; a <= 100; a = a + 1) total = total + a;
console.log('total', total);
