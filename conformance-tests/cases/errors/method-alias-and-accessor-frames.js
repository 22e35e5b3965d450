// V8's " [as key]" when a receiver holds a function under another key, and "get x [as x]" for accessors.
const top = (f) => {
  try {
    f();
  } catch (e) {
    return e.stack.split('\n')[1].trim().replace(/\(.*method-alias-and-accessor-frames\.js/, '(F');
  }
};
function named() { throw new Error('x'); }
const p = { alias: named };
console.log(top(() => p.alias()));
class K { run() { throw new Error('x'); } }
K.prototype.go = K.prototype.run;
console.log(top(() => new K().go()));
console.log(top(() => JSON.stringify({ toJSON: named })));
console.log(top(() => String({ toString: named })));
class A {
  get y() { throw new Error('g'); }
  set y(v) { throw new Error('s'); }
  static get z() { throw new Error('z'); }
}
console.log(top(() => new A().y));
console.log(top(() => { new A().y = 1; }));
console.log(top(() => A.z));
const o = { get w() { throw new Error('w'); } };
console.log(top(() => o.w));
const d = {};
Object.defineProperty(d, 'q', { get() { throw new Error('q'); } });
console.log(top(() => d.q));
