// A cached read of a prototype's property sees the prototype change shape afterwards: a delete, a switch to
// dictionary mode after many keys, a redefinition as an accessor.
class A { m() { return 1; } }
const a = new A();
for (let i = 0; i < 2; i++) {
  try { console.log(a.m()); } catch (e) { console.log('caught', e.message); }
  delete A.prototype.m;
}
const p = { x: 1 };
const o = Object.create(p);
function rd(q) { return q.x; }
console.log(rd(o));
for (let i = 0; i < 64; i++) p['k' + i] = i;
console.log(rd(o));
delete p.x;
console.log(rd(o));
p.x = 2;
console.log(rd(o));
Object.defineProperty(p, 'x', { get() { return 'getter'; }, configurable: true });
console.log(rd(o));
const q = { y: 'q' };
const r = Object.create(q);
function ry(v) { return v.y; }
for (let i = 0; i < 3; i++) console.log(ry(r));
delete q.y;
console.log(ry(r));
q.z = 1;
q.y = 'again';
console.log(ry(r));
