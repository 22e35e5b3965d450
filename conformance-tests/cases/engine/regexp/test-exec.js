// test and exec results: index, input and capture groups.
var re = /(\d+)-(\d+)?/;
console.log(re.test('a 12- b'), re.test('none'));
var m = re.exec('x 10-20 y');
console.log(m[0], m[1], m[2], m.index, m.input, m.length, Array.isArray(m));
var m2 = re.exec('7-');
console.log(m2[0], String(m2[2]), m2.length);
console.log(re.exec('nothing'));
console.log(/^abc$/.test('abc'), /^abc$/.test('abcd'), /a.c/.test('a\nc'));
