// console.log of objects and arrays nested one level deep.
console.log({ a: { b: 1 } });
console.log([[1, 2], [3]]);
console.log({ list: [1, 2, 3] });
console.log([{ x: 1 }, { y: 2 }]);
console.log({ inner: {}, arr: [] });
