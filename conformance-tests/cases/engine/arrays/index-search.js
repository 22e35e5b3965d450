// indexOf/lastIndexOf use ===; includes uses SameValueZero.
var a = [1, 2, NaN, 3, 2, -0];
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf(9), a.indexOf(NaN), a.includes(NaN));
console.log(a.indexOf(0), a.indexOf(-0), a.includes(0), a.lastIndexOf(0));
console.log(a.indexOf(2, 2), a.indexOf(2, -2), a.lastIndexOf(2, 3), a.lastIndexOf(2, -3));
console.log(a.includes(1, 1), a.includes(-0, -1), a.indexOf('1'));
console.log([[1]].indexOf([1]), ['a'].includes('a'), [undefined].includes(), [].includes(undefined));
console.log(a.indexOf(1, 100), a.indexOf(1, -100), a.lastIndexOf(1, -100));
