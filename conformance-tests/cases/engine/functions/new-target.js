// new.target is the constructor invoked with new, undefined otherwise.
function F() { return new.target === F ? 'new' : String(new.target); }
console.log(new F() instanceof F, F());
function Strict() { if (!new.target) return 'called'; this.ok = true; }
console.log(Strict(), new Strict().ok);
class Base { constructor() { this.kind = new.target.name; } }
class Derived extends Base {}
console.log(new Base().kind, new Derived().kind);
function Outer() { var arrow = () => new.target; return { t: arrow() === Outer }; }
console.log(new Outer().t);
var result = Reflect.construct(F, [], Derived);
console.log(result instanceof Derived);
