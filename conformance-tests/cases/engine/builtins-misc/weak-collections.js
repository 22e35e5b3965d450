// WeakMap and WeakSet accept only objects as keys.
var wm = new WeakMap(), ws = new WeakSet();
var k1 = {}, k2 = function () {};
wm.set(k1, 'one').set(k2, 'two');
ws.add(k1);
console.log(wm.get(k1), wm.get(k2), wm.has({}), ws.has(k1), ws.has(k2));
console.log(wm.delete(k1), wm.has(k1), ws.delete(k1), ws.has(k1));
try { wm.set('str', 1); } catch (e) { console.log(e.name); }
try { ws.add(1); } catch (e) { console.log(e.name); }
console.log(wm.get('nope'), wm.has(1), typeof wm.size, typeof wm.forEach);
var priv = new WeakMap();
class Person { constructor(n) { priv.set(this, { n }); } name() { return priv.get(this).n; } }
console.log(new Person('Pat').name());
