// Stack frames of class constructors read 'new K' (explicit, derived and implicit constructors), private
// methods show without the receiver's type, and a private call's position is its '('.
class K { constructor() { this.e = new Error('x'); } }
class M extends K { constructor() { super(); } }
class N extends K {}
function F() { this.e = new Error('f'); }
console.log(new K().e.stack.split('\n').slice(0, 3).join('\n'));
console.log(new M().e.stack.split('\n').slice(0, 4).join('\n'));
console.log(new N().e.stack.split('\n').slice(0, 4).join('\n'));
console.log(new F().e.stack.split('\n').slice(0, 3).join('\n'));
class P { #p() { return new Error('p'); } q() { return this.#p(); } static s() { return new Error('s'); } get g() { return new Error('g'); } }
console.log(new P().q().stack.split('\n').slice(0, 3).join('\n'));
console.log(P.s().stack.split('\n').slice(0, 2).join('\n'));
console.log(new P().g.stack.split('\n').slice(0, 2).join('\n'));
