// Reflect mirrors the object internal methods.
var o = { a: 1 };
console.log(Reflect.has(o, 'a'), Reflect.get(o, 'a'), Reflect.set(o, 'b', 2), o.b);
console.log(Reflect.ownKeys({ b: 1, [Symbol('s')]: 2, 1: 0 }).map(String).join());
console.log(Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }), Reflect.deleteProperty(o, 'a'), 'a' in o);
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.apply(Math.max, null, [1, 3, 2]));
var getterObj = { get who() { return this.name; } };
console.log(Reflect.get(getterObj, 'who', { name: 'receiver' }));
console.log(Reflect.isExtensible(Object.seal({})), Reflect.preventExtensions({}));
