// Anonymous functions assigned to members get V8's inferred names in stack traces (their "name" stays "").
const top = (f) => {
  try {
    f();
  } catch (e) {
    return e.stack.split('\n')[1].trim().replace(/\(.*inferred-function-names\.js/, '(F');
  }
};
function Foo() {}
Foo.prototype.bar = function () { throw new Error('x'); };
console.log(top(() => new Foo().bar()), JSON.stringify(Foo.prototype.bar.name));
Foo.prototype.baz = () => { throw new Error('x'); };
console.log(top(() => new Foo().baz()));
const a = { b: {} };
a.b.c = function () { throw new Error('x'); };
console.log(top(() => a.b.c()));
const h = a.b.c;
console.log(top(() => h()));
a.b['d'] = function () { throw new Error('x'); };
console.log(top(() => a.b.d()));
Foo.stat = function () { throw new Error('x'); };
console.log(top(() => Foo.stat()));
let v;
v = function () { throw new Error('x'); };
console.log(top(() => v()), v.name);
const o = {};
o.m = function () { throw new Error('x'); };
console.log(top(() => o.m()));
module.exports.exported = function () { throw new Error('x'); };
console.log(top(() => module.exports.exported()));
exports.e2 = () => { throw new Error('x'); };
console.log(top(() => exports.e2()));
this.viaThis = function () { throw new Error('x'); };
console.log(top(() => this.viaThis()));
a.b.e = async function () { throw new Error('x'); };
a.b.e().catch((e) => console.log(e.stack.split('\n')[1].trim().replace(/\(.*inferred-function-names\.js/, '(F')));
