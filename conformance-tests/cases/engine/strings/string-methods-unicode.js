// Length and index methods count UTF-16 code units.
var s = 'naïve 😀 café';
console.log(s.length, [...s].length, s.indexOf('😀'), s.indexOf('c'));
console.log(s.slice(6, 8) === '😀', s.split(' ').length, s.toUpperCase());
console.log('😀'.split('').length, '😀'.charAt(0) === '\ud83d', 'x😀'.at(-1) === '\ude00');
console.log('abc'.localeCompare('abc'), 'résumé'.normalize('NFD').length, 'résumé'.length);
