// Where V8 places errors and call frames: the property name of a read or a method call, the "[" of a keyed
// read, the "(" after a computed callee, the "=" of a failed store.
const where = (f) => {
  try {
    f();
  } catch (e) {
    return e.stack.split('\n')[1].replace(/.*error-positions\.js:/, '').replace(')', '');
  }
};
console.log(where(() => { let q; q[0]; }));
console.log(where(() => { let q = {}; q['x'](); }));
console.log(where(() => { let q = {}; q.x.y = 1; }));
console.log(where(() => { let q; q.x = 1; }));
console.log(where(() => { let q = {}; q
  .foo(); }));
console.log(where(() => { let q = {}; new q.foo(); }));
console.log(where(() => { let f; f(); }));
console.log(where(() => { let q = {}; q.foo`x`; }));
console.log(where(() => { let q = null; q.foo; }));
console.log(where(() => { let q = {}; q.a.b.c(); }));

function thrower() { throw new Error('x'); }
const o = { m() { thrower(); }, k: { deep() { o.m(); } } };
const frames = (f) => {
  try {
    f();
  } catch (e) {
    return e.stack.split('\n').slice(1, 5).map((l) => l.replace(/.*error-positions\.js:/, '').replace(')', '')).join(' ');
  }
};
console.log(frames(() => o.k.deep()));
console.log(frames(() => o.k['deep']()));
console.log(frames(() => o.k
  .deep()));
