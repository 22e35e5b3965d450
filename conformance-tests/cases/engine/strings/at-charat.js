// at, charAt, charCodeAt and bracket indexing on strings.
var s = 'hello';
console.log(s.at(0), s.at(-1), String(s.at(10)), s.at(-5), String(s.at(-6)));
console.log(s.charAt(1), '[' + s.charAt(10) + ']', s.charAt(), s.charAt(1.9));
console.log(s.charCodeAt(0), String(s.charCodeAt(99)), s[4], String(s[5]), s.length);
var emoji = 'a😀b';
console.log(emoji.length, emoji.charCodeAt(1), emoji.charCodeAt(2), emoji.at(-1));
