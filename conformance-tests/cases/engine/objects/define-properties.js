// Object.defineProperties and descriptors from Object.create's second argument.
var o = Object.defineProperties({}, {
  a: { value: 1, enumerable: true },
  b: { get() { return this.a + 1; }, enumerable: true },
  c: { value: 3 }
});
console.log(JSON.stringify(o), o.c);
var c = Object.create({ inherited: true }, { own: { value: 'own', enumerable: true } });
console.log(JSON.stringify(c), c.inherited, Object.keys(c).join());
var desc = Object.getOwnPropertyDescriptors(o);
console.log(Object.keys(desc).join(), typeof desc.b.get, desc.b.set === undefined, 'value' in desc.b);
try { Object.defineProperty({}, 'bad', { value: 1, get() {} }); } catch (e) { console.log(e.name); }
