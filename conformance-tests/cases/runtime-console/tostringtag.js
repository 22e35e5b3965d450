const o = { a: 1 };
Object.defineProperty(o, Symbol.toStringTag, { value: 'Tagged' });
console.log(o);
const empty = {};
Object.defineProperty(empty, Symbol.toStringTag, { value: 'EmptyTag' });
console.log(empty);
function Foo() {}
Foo.prototype[Symbol.toStringTag] = 'FooTag';
console.log(new Foo());
const own = { [Symbol.toStringTag]: 'Own' };
console.log(own);
