// concat flattens one level of arrays; join and reverse.
var a = [1, 2];
var c = a.concat(3, [4, [5]], 'six');
console.log(c.length, JSON.stringify(c));
console.log(a.concat().length, a.concat() !== a);
var spreadable = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
console.log(JSON.stringify([0].concat(spreadable)));
console.log([1, 2, 3].join(), [1, 2, 3].join(' + '), [].join(), [null, undefined, 0].join('|'));
var r = [1, 2, 3];
console.log(r.reverse() === r, r.join());
var holes = [1, , 3, , ];
holes.reverse();
console.log(holes.length, Object.keys(holes).join(','));
