console.log('%o', [1, 2]);
console.log('%o', { a: 1 });
const o = {};
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
console.log('%o', o);
console.log('%O', o);
