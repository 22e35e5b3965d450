// console.log of plain objects.
console.log({ a: 1, b: 'x' });
console.log({ n: null, u: undefined, t: true });
console.log({ num: 1.5, neg: -2 });
console.log({ s: 'hello world' });
console.log({ only: 0 });
