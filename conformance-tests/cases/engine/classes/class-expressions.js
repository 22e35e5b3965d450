// Class expressions: anonymous, named (inner name binding), and inferred names.
var Anon = class {};
var Named = class Inner { who() { return Inner.name; } };
console.log(Anon.name, Named.name, new Named().who(), typeof Inner);
var factory = (base) => class extends base { extra() { return 'extra'; } };
var Mixed = factory(class Root { root() { return 'root'; } });
var m = new Mixed();
console.log(m.root(), m.extra(), Mixed.name === '');
var obj = { Cls: class {} };
console.log(obj.Cls.name);
class SelfRef { static make() { return new SelfRef(); } }
console.log(SelfRef.make() instanceof SelfRef);
var Cls = class Fixed { test() { try { Fixed = 1; } catch (e) { return e.name; } } };
console.log(new Cls().test());
