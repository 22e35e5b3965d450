// Flags i, m, s, u and the flags/source properties.
console.log(/abc/i.test('ABC'), /^b/m.test('a\nb'), /^b/.test('a\nb'), /a.b/s.test('a\nb'));
console.log(/^.$/.test('😀'), /^.$/u.test('😀'), /\u{1F600}/u.test('😀'));
var re = /x/gimsuy;
console.log(re.flags, re.global, re.ignoreCase, re.multiline, re.dotAll, re.unicode, re.sticky);
console.log(/a\/b/.source, new RegExp('a/b').source, String(/x/g), new RegExp('').source);
console.log(new RegExp('ab+', 'i').test('ABBB'), new RegExp(/z/g, 'i').flags);
try { new RegExp('(', ''); } catch (e) { console.log(e.name); }
try { new RegExp('a', 'zz'); } catch (e) { console.log(e.name); }
