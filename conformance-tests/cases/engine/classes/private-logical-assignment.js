// Logical assignment to private fields: the object is evaluated once, the value only when needed.
let evals = 0;
class C {
  #x = null;
  #y = 0;
  #z = 'set';
  static self(c) { evals++; return c; }
  m() {
    const a = C.self(this).#x ??= 5;
    const b = C.self(this).#x ??= (() => { throw new Error('not evaluated'); })();
    C.self(this).#y ||= 6;
    C.self(this).#z &&= 7;
    this.#x ||= 99;
    this.#y &&= 0;
    return [a, b, this.#x, this.#y, this.#z, evals];
  }
  named() { this.#x = null; this.#x ??= function () {}; return this.#x.name; }
}
console.log(new C().m(), new C().named());
async function later() {
  class D { #v; async f() { this.#v ??= await Promise.resolve('awaited'); return this.#v; } }
  console.log(await new D().f());
}
later();
