// The comma operator evaluates left to right and yields the last value.
var x = (1, 2, 3);
console.log(x);
var log = [];
var y = (log.push('a'), log.push('b'), log.length * 10);
console.log(y, log.join(''));
for (var i = 0, j = 10; i < j; i += 3, j -= 3) log.push(i + ':' + j);
console.log(log.join(' '));
var o = { f() { return this === o; } };
console.log((0, o.f)());
console.log((o.f)());
