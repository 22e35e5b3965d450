// Spread of iterables into arrays and calls.
var a = [1, 2], b = [3];
console.log([...a, ...b, 4].join(), [...'abc'].join('-'), [...new Set([1, 1, 2])].join());
console.log(Math.max(...a, ...b), String.fromCharCode(...[72, 73]));
function f(x, y, z) { return [x, y, z].map(String).join(); }
console.log(f(...[1]), f(...[1, 2, 3, 4]), f(0, ...[1], 2));
console.log([...[, 1]].length, 0 in [...[, 1]]);
function* g() { yield 'g1'; yield 'g2'; }
console.log([...g(), ...g()].join());
console.log([...new Map([[1, 'a']])][0].join(':'));
try { [...{}]; } catch (e) { console.log(e.name); }
try { f(...5); } catch (e) { console.log(e.name); }
var copy = [...a];
copy.push(9);
console.log(a.length, copy.length);
