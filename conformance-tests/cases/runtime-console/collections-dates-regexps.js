// Map, Set, WeakMap, RegExp and Date values as console.log prints them.
console.log(new Map([['a', 1], ['b', { x: [1, 2] }]]));
console.log(new Set([1, 'two', [3]]), new Set(), new Map());
console.log(new WeakMap(), /ab+c/gi, new Date(0));
console.log([new Map([[1, 2]])], { s: new Set([1]) });
const big = new Map(); for (let i = 0; i < 30; i++) big.set('key' + i, i);
console.log(big);
