// console.log of arrays (six elements or fewer).
console.log([1, 2, 3]);
console.log(['a', 'b']);
console.log([true, false, null, undefined]);
console.log([1.5, -3, 0]);
console.log([1, 'two', true]);
var a = [];
a.push(7);
a.push('eight');
console.log(a);
