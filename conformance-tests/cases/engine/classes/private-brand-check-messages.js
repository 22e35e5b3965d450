// The TypeErrors of private members used on objects without them: fields name the member, methods and
// accessors name the class (its own binding name, 'anonymous' for an unnamed class expression).
class A { #m() {} get #g() { return 1; } set #s(v) {} static #sm() {} #f = 1;
  static t(o) { try { o.#m(); } catch (e) { console.log(1, e.message); }
    try { o.#g; } catch (e) { console.log(2, e.message); }
    try { o.#s = 1; } catch (e) { console.log(3, e.message); }
    try { o.#m = 1; } catch (e) { console.log(4, e.message); }
    try { o.#f; } catch (e) { console.log(5, e.message); }
    try { o.#sm(); } catch (e) { console.log(6, e.message); }
    try { this.#sm = 1; } catch (e) { console.log(7, e.message); }
    try { new A().#g = 1; } catch (e) { console.log(8, e.message); }
    try { new A().#s; } catch (e) { console.log(9, e.message); }
  } }
A.t({});
const B = class { #m() {} static t(o) { try { o.#m(); } catch (e) { console.log(10, e.message); } } }; B.t({});
const C = class { #m() {} static t(o) { try { o.#m(); } catch (e) { console.log(11, e.message); } } }; const D = C; D.t(1);
(class { #m() {} static t(o) { try { o.#m(); } catch (e) { console.log(12, e.message); } } }).t({});
