// startsWith/endsWith/includes positions and coercion of arguments.
var s = 'JavaScript';
console.log(s.startsWith('Java'), s.startsWith('Script', 4), s.endsWith('Java', 4), s.endsWith('t'));
console.log(s.includes('aS'), s.includes('a', 4), s.includes(''), s.startsWith(''), s.endsWith('', 0));
console.log('123'.includes(2), 'null'.startsWith(null), 'undefined'.includes(), 'true'.endsWith(true));
console.log(s.indexOf('a', -1), s.lastIndexOf('a', 2), s.lastIndexOf('a', -5));
