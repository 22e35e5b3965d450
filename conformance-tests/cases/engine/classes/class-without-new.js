// Calling a class constructor without new throws TypeError.
class A {}
try { A(); } catch (e) { console.log(e.name, e instanceof TypeError); }
class B extends A {}
try { B.call({}); } catch (e) { console.log(e instanceof TypeError); }
var Expr = class {};
try { Expr(); } catch (e) { console.log(e.name); }
console.log(typeof A, typeof new A());
