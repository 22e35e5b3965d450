// codePointAt, fromCodePoint and iteration by code points.
var s = 'a😀b';
console.log(s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), String(s.codePointAt(4)));
console.log(String.fromCodePoint(128512) === '😀', String.fromCodePoint(97, 98).length);
console.log([...s].length, s.length, Array.from(s).map(c => c.codePointAt(0).toString(16)).join(' '));
try { String.fromCodePoint(0x110000); } catch (e) { console.log(e.name); }
console.log('\u{1F600}' === '😀', '\uD83D\uDE00' === '😀');
console.log('é'.normalize('NFD').length, 'e\u0301'.normalize('NFC').length);
