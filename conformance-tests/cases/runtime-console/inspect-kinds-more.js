// inspect of derived classes, generator kinds, boxed primitives, regexps and dates with own properties,
// Map/Set truncation at maxArrayLength, Map/Set/String iterators, and %s with functions, classes and dates.
const util = require('util');
class A {} class B extends A {}
console.log(B, class extends A {}, [B]);
console.log(async function* agf() {}, function* g() {}, async () => {});
console.log(new Number(3), new String('ab'), new Boolean(false), Object(Symbol('b')), [new Number(-0)]);
const ns = new String('xy'); ns.extra = 1; console.log(ns, { n: new Number(1.5) });
const re = /x/g; re.extra = 1; console.log(re, [re]);
const d = new Date(0); d.note = 'n'; console.log(d);
console.log(util.inspect(new Set([1, 2, 3, 4]), { maxArrayLength: 2 }));
console.log(util.inspect(new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 }));
console.log(new Set(Array.from({ length: 102 }, (_, i) => i)));
const m = new Map([[1, 2], ['a', { b: 1 }]]);
console.log(m.entries(), m.keys(), m.values(), new Set([5]).values(), new Set([5, 6]).entries());
const it = m.keys(); it.next(); console.log(it, new Map().keys());
console.log(''[Symbol.iterator](), [1][Symbol.iterator](), Object.prototype.toString.call('ab'[Symbol.iterator]()));
console.log('%s|%s|%s|%s', () => 'a', class K {}, Math.max, new Date(0));
console.log('%s', function named(a, b) { return a + b; });
console.log('%s %s', new Map([[1, 2]]), /re/);
console.log([...'a𝒳b'], Array.from('hé'));
