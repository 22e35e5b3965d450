// Stack frames of class constructors read 'new K' (explicit, derived and implicit constructors), private
// methods show without the receiver's type, and a private call's position is its '('.
const show = (stack, n) => console.log(stack.split('\n').slice(0, n).join('\n').split(__filename).join('F'));
class K { constructor() { this.e = new Error('x'); } }
class M extends K { constructor() { super(); } }
class N extends K {}
function F() { this.e = new Error('f'); }
show(new K().e.stack, 3);
show(new M().e.stack, 4);
show(new N().e.stack, 4);
show(new F().e.stack, 3);
class P { #p() { return new Error('p'); } q() { return this.#p(); } static s() { return new Error('s'); } get g() { return new Error('g'); } }
show(new P().q().stack, 3);
show(P.s().stack, 2);
show(new P().g.stack, 2);
