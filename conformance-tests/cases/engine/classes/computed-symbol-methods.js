// Computed method names, symbol methods and generator methods in classes.
var prefix = 'get';
class Coll {
  constructor(items) { this.items = items; }
  [prefix + 'First']() { return this.items[0]; }
  *[Symbol.iterator]() { yield* this.items; }
  get [Symbol.toStringTag]() { return 'Coll'; }
  static ['make' + 'One']() { return new Coll([1]); }
}
var c = new Coll(['a', 'b']);
console.log(c.getFirst(), [...c].join(), Object.prototype.toString.call(c), Coll.makeOne().getFirst());
