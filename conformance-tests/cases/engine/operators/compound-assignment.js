// Compound assignment operators evaluate the target once.
var x = 10;
x += 5; x -= 3; x *= 2; x /= 4; x %= 4;
console.log(x);
var s = 'a';
s += 1; s += null; s += [2, 3];
console.log(s);
var calls = 0;
var o = { v: 1 };
function get() { calls++; return o; }
get().v += 10;
get()['v'] *= 2;
console.log(o.v, calls);
var a, b, c;
a = b = c = 7;
console.log(a, b, c);
var y = 1;
var r = (y += 1) + (y *= 3);
console.log(r, y);
var p = 2;
p **= 10;
console.log(p);
