// padStart and padEnd with default, multi-char and empty fillers.
console.log('5'.padStart(3, '0'), '5'.padEnd(3, '0'), '[' + 'x'.padStart(4) + ']', '[' + 'x'.padEnd(4) + ']');
console.log('abc'.padStart(8, '12'), 'abc'.padEnd(8, '12'));
console.log('abc'.padStart(2), 'abc'.padStart(5, ''), 'abc'.padEnd(-1, 'x'));
console.log('7'.padStart(3.9, '0'), String(42).padStart(6, '.'));
var rows = [['apple', 3], ['kiwi', 12], ['fig', 105]];
for (var r of rows) console.log(r[0].padEnd(8, '.') + String(r[1]).padStart(4));
