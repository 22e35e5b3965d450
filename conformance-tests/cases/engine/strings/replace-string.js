// replace with a string pattern replaces only the first match; $ patterns expand.
var s = 'the cat and the hat';
console.log(s.replace('the', 'a'));
console.log(s.replace('cat', '[$&]'), s.replace('cat', '$$'), s.replace('cat', '$'));
console.log(s.replace('and', "<$`>"), s.replace('and', "<$'>"));
console.log(s.replace('missing', 'x') === s);
console.log(s.replace('cat', (m, offset, whole) => m.toUpperCase() + offset + whole.length));
console.log('aaa'.replace('', '-'), 'abc'.replace('b', '$1'));
console.log('x'.replace('x', '$0$&$&'));
console.log('1+1'.replace('+', '$$+'));
