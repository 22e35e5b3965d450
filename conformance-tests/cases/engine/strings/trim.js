// trim, trimStart and trimEnd remove all Unicode whitespace and line terminators.
var s = ' \t\n\u00a0\ufeff\u2028 hi there \r\v\f\u3000 ';
console.log('[' + s.trim() + ']');
console.log(JSON.stringify(s.trimStart().slice(0, 4)), JSON.stringify(s.trimEnd().slice(-4)));
console.log('[' + '   '.trim() + ']', 'x'.trim() === 'x');
console.log('\u200b'.trim().length);
console.log(String.prototype.trimLeft === String.prototype.trimStart);
