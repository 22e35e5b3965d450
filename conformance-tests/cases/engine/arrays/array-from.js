// Array.from with iterables, array-likes and a map function.
console.log(JSON.stringify(Array.from('héllo')));
console.log(JSON.stringify(Array.from({ length: 3 })));
console.log(JSON.stringify(Array.from({ length: 3, 0: 'a', 2: 'c' })));
console.log(JSON.stringify(Array.from({ length: 4 }, (_, i) => i * i)));
console.log(JSON.stringify(Array.from(new Set([1, 1, 2]))), JSON.stringify(Array.from(new Map([[1, 2]]))));
console.log(JSON.stringify(Array.from([1, 2], function (x) { return x * this.k; }, { k: 5 })));
console.log(Array.from(5).length, Array.from({ length: '2' }).length);
var src = [1, 2];
console.log(Array.from(src) !== src);
console.log(JSON.stringify(Array.from('😀a')));
function* g() { yield 'x'; yield 'y'; }
console.log(Array.from(g(), s => s.toUpperCase()).join());
