// Holes are absent properties: skipped by forEach/map, visited by for-of as undefined.
var a = [1, , 3];
console.log(a.length, 1 in a, String(a[1]));
var visited = [];
a.forEach((v, i) => visited.push(i));
console.log(visited.join(','));
var mapped = a.map(v => v * 2);
console.log(mapped.length, 1 in mapped, JSON.stringify(mapped));
var ofVals = [];
for (var v of a) ofVals.push(String(v));
console.log(ofVals.join(','));
console.log(Object.keys(a).join(','), a.join('-'));
console.log([, ,].length, JSON.stringify([, 'x']));
console.log(a.indexOf(undefined), a.includes(undefined), a.findIndex(v => v === undefined));
var sparse = [];
sparse[5] = 'five';
console.log(sparse.length, sparse.filter(() => true).length, sparse.reduce((n) => n + 1, 0));
console.log(JSON.stringify([...a]), JSON.stringify(Array.from(a)));
