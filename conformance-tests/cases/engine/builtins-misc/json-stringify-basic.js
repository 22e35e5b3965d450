// JSON.stringify of primitives, nested values and special values.
console.log(JSON.stringify(1), JSON.stringify('s"q'), JSON.stringify(null), JSON.stringify(true));
console.log(String(JSON.stringify(undefined)), String(JSON.stringify(function () {})), String(JSON.stringify(Symbol())));
console.log(JSON.stringify({ a: undefined, b: function () {}, c: Symbol(), d: null, e: NaN, f: Infinity, g: -0 }));
console.log(JSON.stringify([undefined, function () {}, Symbol(), NaN]));
console.log(JSON.stringify({ nested: { arr: [1, { deep: [2] }] }, empty: {}, ea: [] }));
console.log(JSON.stringify(new Date(0)), JSON.stringify(new Number(3)), JSON.stringify(new String('w')), JSON.stringify(Object(false)));
console.log(JSON.stringify('\u2028\u0007\ud800'), JSON.stringify('tab\there'));
console.log(JSON.stringify({ [Symbol('k')]: 1, 2: 'two', b: 'b' }));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])));
