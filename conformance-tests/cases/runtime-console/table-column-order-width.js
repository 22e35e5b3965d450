// console.table: integer keys head the columns (node gathers them as object keys); wide characters take two columns.
console.table([{b:1},[9]]);
console.table([{ city: '東京', pop: 14 }, { city: 'Paris', pop: 2 }, { city: '😀x', pop: 0 }]);
console.table({ r1: { z: 1, 2: 'two', a: 3, 1: 'one' } });
console.table([{ a: 1, b: 2 }], ['b']);
