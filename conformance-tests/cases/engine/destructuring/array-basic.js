// Array destructuring with skips, defaults and rest.
var [a, , b, c = 'defC', ...rest] = [1, 2, 3, undefined, 5, 6];
console.log(a, b, c, rest.join());
var [x, y] = [1];
console.log(x, String(y));
var [m = 'm', n = m + 'n'] = [];
console.log(m, n);
var [first, ...others] = 'hey';
console.log(first, others.join('|'));
var [[deep1, deep2], [deep3]] = [[1, 2], [3]];
console.log(deep1 + deep2 + deep3);
var [...all] = [];
console.log(all.length, Array.isArray(all));
try { var [bad] = 5; } catch (err) { console.log(err.name); }
try { var [bad2] = {}; } catch (err) { console.log(err.name); }
