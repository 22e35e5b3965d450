// toReversed, toSorted, toSpliced and with return copies (ES2023).
var a = [3, 1, 2];
console.log(a.toSorted().join(), a.toReversed().join(), a.join());
console.log(a.toSpliced(1, 1, 'x', 'y').join(), a.with(0, 'z').join(), a.join());
try { a.with(5, 0); } catch (e) { console.log(e.name); }
console.log(a.with(-1, 'last').join());
