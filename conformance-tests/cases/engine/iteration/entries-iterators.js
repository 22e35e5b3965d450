// Map/Set iterators see entries added during iteration.
var m = new Map([[1, 'a']]);
var seen = [];
for (var [k, v] of m) { seen.push(k + v); if (k < 3) m.set(k + 1, v + v); }
console.log(seen.join());
var s = new Set([1, 2, 3]);
var visited = [];
for (var x of s) { visited.push(x); if (x === 1) s.delete(2); }
console.log(visited.join());
var mi = new Map([['x', 1]]).entries();
console.log(JSON.stringify(mi.next()), JSON.stringify(mi.next()));
console.log(Object.prototype.toString.call(new Set().values()), Object.prototype.toString.call(new Map().keys()));
