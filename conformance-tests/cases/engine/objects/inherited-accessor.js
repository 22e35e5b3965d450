// Setters found on the prototype chain are called instead of creating own properties.
var proto = {
  set name(v) { this._name = v.toUpperCase(); },
  get name() { return this._name; }
};
var o = Object.create(proto);
o.name = 'abc';
console.log(o.name, Object.keys(o).join(), o.hasOwnProperty('name'));
var roProto = Object.defineProperty({}, 'fixed', { value: 1, writable: false });
var child = Object.create(roProto);
child.fixed = 2;
console.log(child.fixed, child.hasOwnProperty('fixed'));
Object.defineProperty(child, 'fixed', { value: 3, writable: true });
console.log(child.fixed, child.hasOwnProperty('fixed'));
var plain = Object.create({ v: 1 });
plain.v = 2;
console.log(plain.v, Object.getPrototypeOf(plain).v);
