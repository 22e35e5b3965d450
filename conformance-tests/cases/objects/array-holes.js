// Assigning past the end of an array extends its length.
var a = [1, 2];
a[4] = 5;
console.log(a.length);
console.log(a[2], a[3], a[4]);
a.push(6);
console.log(a.length, a[5]);
var b = [];
b[0] = 'first';
console.log(b.length, b[0]);
var c = [];
c[2] = 'x';
console.log(c.length, c[0]);
