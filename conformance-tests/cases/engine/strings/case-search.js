// Case mapping and search methods.
console.log('Hello'.toUpperCase(), 'Hello'.toLowerCase(), 'ß'.toUpperCase(), 'İ'.toLowerCase().length);
console.log('abcabc'.indexOf('c'), 'abcabc'.lastIndexOf('c'), 'abc'.indexOf(''), 'abc'.indexOf('', 10), 'abc'.lastIndexOf(''));
console.log('abc'.includes('bc'), 'abc'.includes('bc', 2), 'abc'.startsWith('ab'), 'abc'.startsWith('bc', 1), 'abc'.endsWith('b', 2));
console.log('abc'.indexOf('c', -5), 'aXbX'.search('X'));
try { 'abc'.startsWith(/a/); } catch (e) { console.log(e.name); }
console.log('abc'.localeCompare('abd'), 'b'.localeCompare('a'), 'a'.localeCompare('a'));
