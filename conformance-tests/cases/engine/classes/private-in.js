// #x in obj checks for a private field brand without throwing.
class Brand {
  #tag;
  #method() {}
  static is(o) { return #tag in o; }
  static hasMethod(o) { return #method in o; }
}
console.log(Brand.is(new Brand()), Brand.is({}), Brand.hasMethod(new Brand()));
class Sub extends Brand {}
console.log(Brand.is(new Sub()), Brand.is(Object.create(Brand.prototype)));
try { Brand.is(1); } catch (e) { console.log(e.name); }
