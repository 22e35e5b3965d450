// keys, values and entries return iterators, including over holes.
var a = ['a', , 'c'];
console.log([...a.keys()].join(), [...a.values()].map(String).join(), JSON.stringify([...a.entries()]));
var it = a.entries();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()));
it.next();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(a[Symbol.iterator] === a.values, typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
console.log(Object.prototype.toString.call(a.keys()));
var live = [1, 2];
var out = [];
for (var v of live) { out.push(v); if (live.length < 4) live.push(v * 10); }
console.log(out.join());
console.log(JSON.stringify(Object.keys(a)), [...Array(3).keys()].join());
