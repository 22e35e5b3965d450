// Destructuring strings, Maps, Sets and function results.
var [c1, c2, ...cs] = 'hello';
console.log(c1, c2, cs.join(''));
var { 0: f, length: len } = 'world';
console.log(f, len);
var [[k1, v1], [k2]] = new Map([['a', 1], ['b', 2]]);
console.log(k1, v1, k2);
var [s1, s2] = new Set(['x', 'y', 'x']);
console.log(s1, s2);
function minMax(nums) { return { min: Math.min(...nums), max: Math.max(...nums) }; }
var { min, max } = minMax([3, 9, -2, 7]);
console.log(min, max);
var [, , third = 'none'] = 'ab';
console.log(third);
