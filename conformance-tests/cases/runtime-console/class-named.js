function Point(x, y) { this.x = x; this.y = y; }
console.log(new Point(1, 2));
function Empty() {}
console.log(new Empty());
const proto = { greet() {} };
const o = Object.create(proto);
o.v = 1;
console.log(o);
const nullProto = Object.create(null);
nullProto.k = 'v';
console.log(nullProto);
console.log(Object.create(null));
console.log(Point.prototype);
function Sub() {}
Sub.prototype = Object.create(Point.prototype);
Sub.prototype.constructor = Sub;
console.log(new Sub());
