// JSON.stringify with numeric and string indentation.
var v = { a: 1, b: [1, 2, { c: [] }], d: {} };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify(v, null, '--'));
console.log(JSON.stringify([1, [2]], null, 20).split('\n')[1].length);
console.log(JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ''), JSON.stringify({ a: [] }, null, -1));
