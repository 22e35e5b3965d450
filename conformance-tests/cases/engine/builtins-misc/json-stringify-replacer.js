// JSON.stringify replacer functions and key allow-lists.
var data = { name: 'x', secret: 's', n: 1, nested: { secret: 'deep', keep: true } };
console.log(JSON.stringify(data, (k, v) => k === 'secret' ? undefined : v));
console.log(JSON.stringify(data, ['name', 'nested', 'keep']));
console.log(JSON.stringify(data, ['n', 'name', 'n']));
console.log(JSON.stringify([1, 'a', 2], (k, v) => typeof v === 'number' ? v * 10 : v));
var calls = [];
JSON.stringify({ a: { b: 1 } }, function (k, v) { calls.push(JSON.stringify(k) + (this === undefined ? '' : ':' + typeof this)); return v; });
console.log(calls.join(' '));
console.log(JSON.stringify({ 1: 'one', 2: 'two' }, [1]));
console.log(JSON.stringify(5, () => 'replaced-root'));
