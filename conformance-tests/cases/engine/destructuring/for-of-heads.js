// Destructuring in for-of and for-in heads.
var pairs = [[1, 'one'], [2, 'two']];
for (const [num, word] of pairs) console.log(num, word);
var m = new Map([['a', { v: 1 }], ['b', { v: 2 }]]);
for (const [k, { v }] of m) console.log(k, v);
for (const { id, tags: [t = 'none'] = [] } of [{ id: 1, tags: ['x'] }, { id: 2 }]) console.log(id, t);
for (const [key, val] of Object.entries({ p: 1, q: 2 })) console.log(key + '=' + val);
var target = {};
for ({ n: target.last } of [{ n: 1 }, { n: 2 }]);
console.log(target.last);
for (const [i, ch] of [...'ab'].entries()) console.log(i, ch);
