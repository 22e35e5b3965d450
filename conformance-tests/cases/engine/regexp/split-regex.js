// split with regexps, captures and limits.
console.log(JSON.stringify('a1b2c3'.split(/\d/)));
console.log(JSON.stringify('a1b2c3'.split(/(\d)/)));
console.log(JSON.stringify('one  two   three'.split(/\s+/)));
console.log(JSON.stringify('abc'.split(/(?:)/)), JSON.stringify(''.split(/x/)), JSON.stringify(''.split(/(?:)/)));
console.log(JSON.stringify('a,b;c'.split(/[,;]/, 2)));
console.log(JSON.stringify('ab'.split(/(x)?/)));
console.log(JSON.stringify('Hello World'.split(/(?=[A-Z])/)));
