// Misc String.prototype methods on non-string this and numbers.
console.log(String.prototype.toUpperCase.call(true), String.prototype.slice.call(12345, 1, 3));
try { String.prototype.trim.call(null); } catch (e) { console.log(e.name); }
console.log('abc'.split('').map(c => c.charCodeAt(0)).join('-'));
console.log(typeof String.prototype.valueOf.call('x'), 'abc'.length, ''.length);
console.log('a-b_c d'.split(/[-_ ]/).join('|'));
console.log('Title Case Words'.split(' ').map(w => w[0].toLowerCase() + w.slice(1)).join(' '));
