// repeat, concat and string immutability.
console.log('ab'.repeat(3), '[' + 'x'.repeat(0) + ']', 'ab'.repeat(2.9));
try { 'x'.repeat(-1); } catch (e) { console.log(e.name); }
try { 'x'.repeat(Infinity); } catch (e) { console.log(e.name); }
console.log('a'.concat('b', 1, null, [2, 3]));
var s = 'abc';
s[0] = 'z';
console.log(s);
var built = '';
for (var i = 0; i < 5; i++) built += i;
console.log(built, built.length);
