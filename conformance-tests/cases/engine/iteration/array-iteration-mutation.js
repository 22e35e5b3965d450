// for-of over an array sees elements pushed during iteration; index-based loops snapshot nothing.
var a = [1, 2, 3];
var seen = [];
for (var x of a) { seen.push(x); if (x === 1) a.push(4); if (x === 3) a.shift(); }
console.log(seen.join(), a.join());
var b = [1, 2, 3, 4];
var seenB = [];
for (var y of b) { seenB.push(y); b.length = 2; }
console.log(seenB.join());
var keysIt = ['p', 'q'].keys();
console.log(keysIt.next().value, keysIt.next().value, keysIt.next().done);
