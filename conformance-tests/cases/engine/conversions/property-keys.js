// ToPropertyKey: numbers, booleans, objects and symbols as keys.
var o = {};
o[1] = 'one'; o['1'] === 'one';
o[1.5] = 'a'; o[true] = 'b'; o[null] = 'c'; o[undefined] = 'd';
o[{}] = 'e'; o[[1, 2]] = 'f'; o[-0] = 'g';
console.log(Object.keys(o).join('|'));
console.log(o['1.5'], o.true, o.null, o.undefined, o['[object Object]'], o['1,2'], o['0']);
var s = Symbol('k');
o[s] = 'sym';
console.log(o[s], Object.keys(o).length, Object.getOwnPropertySymbols(o).length);
var arr = ['x', 'y'];
console.log(arr['1'], arr[1.0], arr['01'], arr[-0]);
console.log(1e21 in { '1e+21': 1 }, { 0.5: 1 }['0.5']);
