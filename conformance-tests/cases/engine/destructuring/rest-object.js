// Object rest collects own enumerable remaining properties.
var { a, ...rest } = { a: 1, b: 2, c: 3 };
console.log(a, JSON.stringify(rest));
var proto = { inherited: 1 };
var src = Object.create(proto);
src.own = 1;
Object.defineProperty(src, 'hidden', { value: 2 });
var { ...copy } = src;
console.log(JSON.stringify(copy), 'inherited' in copy);
var key = 'b';
var { [key]: picked, ...others } = { a: 1, b: 2, c: 3 };
console.log(picked, Object.keys(others).join());
var { 0: zero, ...restArr } = ['x', 'y', 'z'];
console.log(zero, JSON.stringify(restArr), Array.isArray(restArr));
