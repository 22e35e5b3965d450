// Constructor functions, prototype methods and instanceof without classes.
function Vec(x, y) {
  if (!(this instanceof Vec)) return new Vec(x, y);
  this.x = x; this.y = y;
}
Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
Vec.prototype.toString = function () { return '(' + this.x + ', ' + this.y + ')'; };
Vec.zero = function () { return new Vec(0, 0); };
var v = new Vec(1, 2).add(Vec(3, 4)).add(Vec.zero());
console.log(String(v), v instanceof Vec, Object.keys(v).join());
console.log(Object.keys(Vec.prototype).join(), typeof Vec.prototype.constructor);
