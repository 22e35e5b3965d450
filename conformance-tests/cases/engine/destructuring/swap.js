// Swapping and rotating values with array destructuring assignment.
var a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
var x = 1, y = 2, z = 3;
[x, y, z] = [z, x, y];
console.log(x, y, z);
var arr = [1, 2, 3, 4];
[arr[0], arr[3]] = [arr[3], arr[0]];
console.log(arr.join());
var o = { p: 'P', q: 'Q' };
[o.p, o.q] = [o.q, o.p];
console.log(o.p, o.q);
var fibA = 0, fibB = 1;
for (var i = 0; i < 10; i++) [fibA, fibB] = [fibB, fibA + fibB];
console.log(fibA);
