// Default sort compares strings; comparators control numeric order.
console.log([10, 9, 1, 100, 25].sort().join());
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b).join());
console.log([10, 9, 1, 100, 25].sort((a, b) => b - a).join());
console.log(['b', 'a', 'C', 'B'].sort().join());
console.log([3, undefined, 1, , 2].sort().length, JSON.stringify([3, undefined, 1, , 2].sort()));
console.log([true, false, 'x', null].sort().join());
var a = [3, 1, 2];
console.log(a.sort() === a);
console.log(['é', 'e', 'z', 'a'].sort().join());
try { [1, 2].sort('not a function'); } catch (e) { console.log(e.name); }
console.log([-1, -2, 0, -0, 1].sort((a, b) => a - b).map(String).join());
