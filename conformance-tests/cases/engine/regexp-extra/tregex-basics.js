// RegExp literals on TRegex: exec/test/lastIndex, named groups, replace patterns, split, matchAll.
const r = /(\d+)-(?<word>[a-z]+)/g;
console.log(r.test('12-ab'), r.lastIndex);
r.lastIndex = 0;
const m = r.exec('x 12-ab 34-cd');
console.log(m[0], m[1], m.groups.word, m.index);
console.log('a1b2c3'.replace(/\d/g, d => d * 2), 'a-b-c'.split(/-/), 'aaa'.match(/a/g).length);
console.log('John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1'), 'x'.search(/y/), /a.c/s.test('a\nc'));
console.log(String(/ab+c/gi), /x/y.sticky, new RegExp('a|b', 'g').flags);
console.log(Array.from('a1b22c333'.matchAll(/\d+/g)).map(x => x[0] + '@' + x.index).join(' '));
try { new RegExp('('); } catch (e) { console.log(e.name); }
console.log('2020-01-05'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y>'));
console.log(/(a)|(b)/.exec('b')[1], 'abc'.split(''), 'a,b,,c'.split(/,/), 'test'.split(/(s)/));
