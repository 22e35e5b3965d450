// flat with depths and flatMap (one level only).
var nested = [1, [2, [3, [4, [5]]]]];
console.log(JSON.stringify(nested.flat()));
console.log(JSON.stringify(nested.flat(2)));
console.log(JSON.stringify(nested.flat(Infinity)));
console.log(JSON.stringify(nested.flat(0)), JSON.stringify([1, , 3, [4, , 6]].flat()));
console.log(JSON.stringify([1, 2, 3].flatMap(x => [x, x * 10])));
console.log(JSON.stringify([1, 2].flatMap(x => [[x]])));
console.log(JSON.stringify(['a b', 'c'].flatMap(s => s.split(' '))));
console.log(JSON.stringify([1, 2, 3].flatMap(x => x % 2 ? [] : x)));
console.log(JSON.stringify([1, 2].flatMap(function (x) { return this.m * x; }, { m: 3 })));
