// instanceof with class hierarchies and Symbol.hasInstance.
class A {}
class B extends A {}
class C {}
var b = new B();
console.log(b instanceof A, b instanceof B, b instanceof C, b instanceof Object);
class Duck { static [Symbol.hasInstance](o) { return typeof o.quack === 'function'; } }
console.log({ quack() {} } instanceof Duck, {} instanceof Duck);
class NullBase extends null { constructor() { return Object.create(NullBase.prototype); } }
var n = new NullBase();
console.log(n instanceof NullBase, n instanceof Object, Object.getPrototypeOf(NullBase.prototype));
