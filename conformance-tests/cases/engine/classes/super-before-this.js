// Derived constructors must call super before using this, and exactly once.
class A { constructor() { this.a = 1; } }
class B extends A { constructor() { this.b = 2; super(); } }
try { new B(); } catch (e) { console.log('this before super', e.name); }
class C extends A { constructor() { } }
try { new C(); } catch (e) { console.log('no super', e.name); }
class D extends A { constructor() { super(); super(); } }
try { new D(); } catch (e) { console.log('super twice', e.name); }
class E extends A { constructor() { return { custom: true }; } }
console.log(JSON.stringify(new E()));
class F extends A {}
console.log(JSON.stringify(new F()));
class G extends A { constructor() { return 1; } }
try { new G(); } catch (e) { console.log('primitive return', e.name); }
