// JSON.parse reviver visits depth-first and can drop or transform values.
var order = [];
var r = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]}}', function (k, v) { order.push(k === '' ? '(root)' : k); return typeof v === 'number' ? v * 100 : v; });
console.log(JSON.stringify(r));
console.log(order.join(','));
var dropped = JSON.parse('{"keep":1,"drop":2,"arr":[1,2,3]}', (k, v) => k === 'drop' || v === 2 ? undefined : v);
console.log(JSON.stringify(dropped), dropped.arr.length, 1 in dropped.arr);
var dates = JSON.parse('{"when":"1970-01-01T00:00:00.000Z"}', (k, v) => k === 'when' ? new Date(v).getTime() : v);
console.log(dates.when);
console.log(JSON.parse('5', (k, v) => typeof k + ':' + v));
