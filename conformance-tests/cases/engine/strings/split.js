// split with string separators, limits and edge cases.
console.log(JSON.stringify('a,b,,c'.split(',')));
console.log(JSON.stringify('abc'.split('')), JSON.stringify(''.split('')), JSON.stringify(''.split(',')));
console.log(JSON.stringify('a,b,c'.split(',', 2)), JSON.stringify('a,b'.split(',', 0)));
console.log(JSON.stringify('abc'.split()), JSON.stringify('abc'.split(undefined)));
console.log(JSON.stringify('a--b--c'.split('--')), JSON.stringify('--a--'.split('--')));
console.log(JSON.stringify('a b  c'.split(' ')), JSON.stringify('abc'.split('abc')));
console.log(JSON.stringify('a1b2c'.split(1)), JSON.stringify('😀x'.split('')).length);
console.log(JSON.stringify('a,b'.split(',', -1)));
