// Array.prototype.sort is stable with a comparator.
var people = [];
var names = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay', 'gus', 'hal', 'ivy', 'jon', 'kim', 'lea', 'max', 'ned', 'oli'];
for (var i = 0; i < names.length; i++) people.push({ name: names[i], age: 20 + (i * 7) % 4 });
people.sort((a, b) => a.age - b.age);
console.log(people.map(p => p.age + p.name).join(' '));
var big = [];
for (var j = 0; j < 100; j++) big.push({ k: j % 3, i: j });
big.sort((a, b) => a.k - b.k);
var stable = true;
for (var m = 1; m < big.length; m++) if (big[m].k === big[m - 1].k && big[m].i < big[m - 1].i) stable = false;
console.log(stable, big[0].i, big[34].i, big[99].i);
var words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff'];
console.log(words.sort((x, y) => x.length - y.length).join());
