// for-of over arrays, strings, Maps, Sets and arguments.
var out = [];
for (var x of [1, 2, 3]) out.push(x);
for (var ch of 'hi') out.push(ch);
console.log(out.join(' '));
var m = new Map([['k1', 'v1'], ['k2', 'v2']]);
for (var entry of m) console.log(entry[0], entry[1]);
for (var key of m.keys()) console.log('key', key);
for (var val of m.values()) console.log('val', val);
var s = new Set(['a', 'b', 'a', 'c']);
var sv = [];
for (var item of s) sv.push(item);
console.log(sv.join());
function args() { var r = []; for (var a of arguments) r.push(a); return r.join('+'); }
console.log(args(1, 2, 3));
