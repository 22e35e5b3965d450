// String escape sequences and their lengths.
var s = 'a\tb\nc\\d\'e"f\x41\u0042\u{43}\0';
console.log(s.length, JSON.stringify(s));
console.log('\x7e', '\u00e9'.length, "\u{1F600}".length);
console.log('line\
continued');
console.log(JSON.stringify('\b\f\v\r'));
