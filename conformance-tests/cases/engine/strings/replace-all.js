// replaceAll with string patterns and functions.
console.log('a.b.c'.replaceAll('.', '/'));
console.log('aaaa'.replaceAll('aa', 'b'), 'abc'.replaceAll('', '-'));
console.log('x-x'.replaceAll('x', '[$&]'), 'x-x'.replaceAll('x', '$$'));
var offsets = [];
console.log('abab'.replaceAll('b', (m, off) => { offsets.push(off); return m.toUpperCase(); }), offsets.join());
console.log('AbA'.replaceAll(/a/gi, '_'));
try { 'a'.replaceAll(/a/, 'b'); } catch (e) { console.log(e.name); }
