// Optional chaining to private names: a?.#x, a?.#m(), a?.b.#x, and short-circuiting of the whole chain.
class Box {
  #value;
  #double() { return this.#value * 2; }
  static #count = 0;
  constructor(v) { this.#value = v; Box.#count++; }
  static read(b) { return b?.#value; }
  static twice(b) { return b?.#double(); }
  static nested(o) { return o?.box.#value; }
  static deep(o) { return o?.box?.#double().toString(); }
  static count() { return Box?.#count; }
  static wrong(o) { return o?.#value; }
}
const b = new Box(21);
console.log(Box.read(b), Box.read(null), Box.read(undefined));
console.log(Box.twice(b), Box.twice(null));
console.log(Box.nested({ box: b }), Box.nested(null));
console.log(Box.deep({ box: b }), Box.deep({ box: null }), Box.deep(undefined));
console.log(Box.count());
try { Box.wrong({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Box.nested({}); } catch (e) { console.log(e.constructor.name, e.message); }
