// Object.fromEntries accepts arrays of pairs, Maps and other iterables.
console.log(JSON.stringify(Object.fromEntries([['a', 1], ['b', 2]])));
console.log(JSON.stringify(Object.fromEntries(new Map([['m', true], [1, 'one']]))));
var doubled = Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k, v * 2]));
console.log(JSON.stringify(doubled));
console.log(JSON.stringify(Object.fromEntries([['dup', 1], ['dup', 2]])));
function* gen() { yield ['g', 'gen']; }
console.log(Object.fromEntries(gen()).g);
try { Object.fromEntries([1]); } catch (e) { console.log(e.name); }
