// Private methods, private accessors and private static methods.
class Shape {
  #w; #h;
  constructor(w, h) { this.#w = w; this.#h = h; }
  get #area() { return this.#w * this.#h; }
  set #width(v) { this.#w = v; }
  #describe() { return 'shape ' + this.#w + 'x' + this.#h; }
  static #unit() { return 'px'; }
  info() { return this.#describe() + ' area ' + this.#area + Shape.#unit(); }
  widen(v) { this.#width = v; return this; }
}
var s = new Shape(2, 3);
console.log(s.info());
console.log(s.widen(5).info());
class Readonly { #m() {} tryWrite() { try { this.#m = 1; } catch (e) { return e.name; } } }
console.log(new Readonly().tryWrite());
