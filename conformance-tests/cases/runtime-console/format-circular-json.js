const o = { a: 1 };
o.self = o;
console.log('%j', o);
const withToString = { toString() { return 'custom!'; } };
console.log('%s', withToString);
