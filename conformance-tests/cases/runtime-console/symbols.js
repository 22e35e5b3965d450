const s = Symbol('tag');
console.log(s, Symbol(), Symbol('with space'));
const o = { [s]: 1, regular: 2 };
console.log(o);
console.log([s, Symbol.iterator]);
console.log({ key: Symbol('v') });
const hidden = {};
Object.defineProperty(hidden, Symbol('h'), { value: 1, enumerable: false });
console.log(hidden);
