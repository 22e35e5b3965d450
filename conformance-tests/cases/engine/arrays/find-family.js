// find, findIndex, findLast and findLastIndex.
var a = [5, 12, 8, 130, 44];
console.log(a.find(x => x > 10), a.findIndex(x => x > 10), a.findLast(x => x > 10), a.findLastIndex(x => x > 10));
console.log(String(a.find(x => x > 1000)), a.findIndex(x => x > 1000), String(a.findLast(x => x < 0)), a.findLastIndex(x => x < 0));
var seen = [];
[1, , 3].find((v, i) => { seen.push(i + ':' + v); return false; });
console.log(seen.join(' '));
var ctx = { limit: 10 };
console.log(a.find(function (x) { return x > this.limit; }, ctx));
var objs = [{ id: 1 }, { id: 2 }, { id: 2, last: true }];
console.log(JSON.stringify(objs.find(o => o.id === 2)), JSON.stringify(objs.findLast(o => o.id === 2)));
