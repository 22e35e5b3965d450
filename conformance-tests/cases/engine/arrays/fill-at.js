// fill ranges and at with negative indices.
console.log(JSON.stringify(new Array(3).fill(0)));
console.log([1, 2, 3, 4, 5].fill('x', 1, 3).join(), [1, 2, 3, 4].fill(9, -2).join(), [1, 2, 3].fill(7, 5).join());
var objs = new Array(2).fill({});
objs[0].shared = true;
console.log(objs[1].shared);
var a = [10, 20, 30];
console.log(a.at(0), a.at(-1), a.at(-3), String(a.at(3)), String(a.at(-4)), a.at(1.7), a.at('1'));
console.log([].at(0) === undefined);
