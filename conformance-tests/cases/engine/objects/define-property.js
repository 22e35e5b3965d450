// defineProperty defaults attributes to false and enforces them.
var o = {};
Object.defineProperty(o, 'x', { value: 1 });
var d = Object.getOwnPropertyDescriptor(o, 'x');
console.log(JSON.stringify(d));
o.x = 2;
console.log(o.x, Object.keys(o).length, delete o.x);
try { Object.defineProperty(o, 'x', { value: 3 }); } catch (e) { console.log(e.name); }
Object.defineProperty(o, 'y', { value: 1, writable: true, enumerable: true, configurable: true });
console.log(JSON.stringify(o), JSON.stringify(Object.getOwnPropertyDescriptor(o, 'y')));
Object.defineProperty(o, 'y', { enumerable: false });
console.log(JSON.stringify(o), o.y);
var w = Object.defineProperty({}, 'v', { value: 1, writable: true, configurable: false });
Object.defineProperty(w, 'v', { value: 2 });
Object.defineProperty(w, 'v', { writable: false });
try { Object.defineProperty(w, 'v', { writable: true }); } catch (e) { console.log(e.name, w.v); }
try { Object.defineProperty(1, 'a', {}); } catch (e) { console.log(e.name); }
