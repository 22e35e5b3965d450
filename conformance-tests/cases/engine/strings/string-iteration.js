// Strings are iterable by code point and indexable by code unit.
var out = [];
for (var ch of 'a😀ñ') out.push(ch + ':' + ch.length);
console.log(out.join(' '));
var units = [];
var s = 'a😀';
for (var i = 0; i < s.length; i++) units.push(s.charCodeAt(i).toString(16));
console.log(units.join(' '));
console.log([...'abc'].reverse().join(''), Array.from('hello', c => c.toUpperCase()).join(''));
var it = 'xy'[Symbol.iterator]();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
