// Set de-duplicates with SameValueZero and keeps insertion order.
var s = new Set([3, 1, 3, NaN, NaN, 0, -0, '3']);
console.log(s.size, [...s].map(String).join());
console.log(s.add(4) === s, s.has(NaN), s.has(-0), s.has('1'));
console.log(s.delete(3), s.delete(3), [...s].map(String).join());
var entries = [...new Set(['x']).entries()];
console.log(JSON.stringify(entries), Set.prototype.keys === Set.prototype.values);
var union = new Set([...new Set([1, 2]), ...new Set([2, 3])]);
var inter = [...new Set([1, 2, 3])].filter(x => new Set([2, 3, 4]).has(x));
console.log([...union].join(), inter.join());
var seen = [];
new Set(['a', 'b']).forEach((v, k, set) => seen.push(v + k + set.size));
console.log(seen.join());
var s2 = new Set(['q']); s2.delete('q'); s2.add('q');
console.log(s2.size);
