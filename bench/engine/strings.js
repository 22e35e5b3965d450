// String building and methods.
const start = performance.now();
let s = '';
for (let i = 0; i < 100000; i++) s += String.fromCharCode(97 + (i % 26));
const parts = s.split('a');
let joined = parts.join('-');
let count = 0;
for (let i = 0; i < joined.length; i += 7) if (joined.charCodeAt(i) === 45) count++;
const words = [];
for (let i = 0; i < 50000; i++) words.push(`w${i % 100}`.padStart(6, '0').toUpperCase());
console.log('# len', s.length, parts.length, count, words[123], 'ms', Math.round(performance.now() - start));
