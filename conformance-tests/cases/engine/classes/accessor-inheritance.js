// Overriding only a getter in a subclass hides the inherited setter.
class A { get v() { return this._v; } set v(x) { this._v = x; } }
class B extends A { get v() { return 'B:' + super.v; } }
var b = new B();
b.v = 5;
console.log(b.v, String(b._v));
class C extends A { set v(x) { super.v = x * 2; } get v() { return super.v; } }
var c = new C();
c.v = 5;
console.log(c.v);
