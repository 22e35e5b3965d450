// getOwnPropertyNames includes non-enumerable keys such as length.
console.log(Object.getOwnPropertyNames([1, 2]).join(','));
console.log(Object.getOwnPropertyNames('ab').join(','));
var o = Object.defineProperty({ a: 1 }, 'hidden', { value: 2 });
console.log(Object.getOwnPropertyNames(o).join(','), Object.keys(o).join(','));
function f(a, b) {}
console.log(Object.getOwnPropertyNames(f).filter(k => k !== 'arguments' && k !== 'caller').sort().join(','));
console.log(Object.getOwnPropertyNames((a, b) => a).sort().join(','));
var s = Symbol('sym');
o[s] = 1;
console.log(Object.getOwnPropertySymbols(o).length, String(Object.getOwnPropertySymbols(o)[0]));
console.log(Object.getOwnPropertyNames(Object.prototype).includes('hasOwnProperty'));
