// some and every short-circuit and treat empty arrays specially.
var a = [2, 4, 6, 7];
console.log(a.some(x => x % 2), a.every(x => x % 2 === 0), a.every(x => x > 0));
console.log([].some(x => true), [].every(x => false));
var seen = [];
a.some(x => { seen.push(x); return x === 4; });
console.log(seen.join());
seen = [];
a.every(x => { seen.push(x); return x < 4; });
console.log(seen.join());
console.log([, , 1].every(x => x === 1), [0, '', null].some(Boolean));
