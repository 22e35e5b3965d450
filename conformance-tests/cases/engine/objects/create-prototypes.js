// Object.create, getPrototypeOf and setPrototypeOf.
var base = { greet() { return 'hi from ' + this.name; } };
var o = Object.create(base);
o.name = 'o';
console.log(o.greet(), Object.getPrototypeOf(o) === base);
var bare = Object.create(null);
bare.x = 1;
console.log(Object.getPrototypeOf(bare), typeof bare.toString, 'x' in bare);
var other = { greet() { return 'other'; } };
Object.setPrototypeOf(o, other);
console.log(o.greet());
console.log(Object.getPrototypeOf(Object.prototype), Object.getPrototypeOf([]) === Array.prototype);
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('') === String.prototype);
try { Object.create(5); } catch (e) { console.log(e.name); }
var a = {}, b = Object.create(a);
try { Object.setPrototypeOf(a, b); } catch (e) { console.log('cycle', e.name); }
console.log(Object.prototype.isPrototypeOf.call(base, Object.create(base)), base.isPrototypeOf(o));
