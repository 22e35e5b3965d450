// Destructuring in arrow params, array callbacks and classic for loops.
var points = [{ x: 1, y: 2 }, { x: 3, y: 4 }];
console.log(points.map(({ x, y }) => x * y).join());
console.log(Object.entries({ a: 1, b: 2 }).map(([k, v]) => k.repeat(v)).join());
for (let [i, j] = [0, 10]; i < j; [i, j] = [i + 3, j - 3]) console.log(i, j);
var [a, b = a, [c] = [b + 1]] = [5];
console.log(a, b, c);
var sumPairs = (...[[a1, b1], [a2, b2]]) => a1 + b1 + a2 + b2;
console.log(sumPairs([1, 2], [3, 4]));
