// this depends on how a function is called.
var o = {
  v: 'o',
  regular() { return this.v; },
  nestedArrow() { return [1].map(() => this.v)[0]; }
};
console.log(o.regular(), o['regular'](), o.nestedArrow());
var other = { v: 'other', regular: o.regular };
console.log(other.regular());
console.log(o.regular.call({ v: 'called' }));
var chained = { inner: { v: 'inner', get() { return this.v; } } };
console.log(chained.inner.get());
