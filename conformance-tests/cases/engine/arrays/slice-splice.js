// slice with negative indices; splice removing, inserting and returning.
var a = [0, 1, 2, 3, 4, 5];
console.log(a.slice(2).join(), a.slice(-2).join(), a.slice(1, -1).join(), a.slice(4, 2).join() === '');
console.log(a.slice().join(), a.slice(-100, 2).join(), a.slice(2, 100).join());
var b = a.slice();
console.log(b.splice(1, 2).join(), b.join());
console.log(b.splice(1, 0, 'x', 'y').length, b.join());
console.log(b.splice(-2).join(), b.join());
console.log(b.splice(1, 1, 'z').join(), b.join());
console.log(b.splice(0).join(), b.length);
var c = [1, 2, 3];
console.log(c.splice().length, c.splice(undefined).join(), c.length);
var d = [1, 2, 3];
console.log(d.splice(1, undefined).length, d.join());
