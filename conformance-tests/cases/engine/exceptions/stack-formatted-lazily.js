// An error's stack is formatted when first read (V8): a name set after construction shows in it, and the
// frames of a subclass constructor chain are left out.
const e = new Error('x'); e.name = 'CustomName';
console.log(e.stack.split('\n')[0]);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
const m = new MyErr('mine');
console.log(m.stack.split('\n')[0], String(m), m instanceof MyErr);
const early = new Error('early'); const s1 = early.stack; early.name = 'Later';
console.log(s1.split('\n')[0], early.stack.split('\n')[0]);
console.log(Object.getOwnPropertyNames(new Error('m')), Object.getOwnPropertyNames(new AggregateError([], 'a')));
const custom = new Error('c'); custom.stack = 'my stack'; console.log(custom.stack);
class HttpError extends Error { constructor(status) { super('status ' + status); this.name = 'HttpError'; this.status = status; } }
try { throw new HttpError(404); } catch (err) { console.log(err.name, err.message, err.stack.split('\n')[0], err.status); }
const te = new TypeError('t'); te.message = 'changed'; console.log(te.stack.split('\n')[0]);
class A extends Error {} class B extends A { constructor() { super('b'); this.name = 'B'; } }
function make() { return new B(); }
const lines = make().stack.split('\n'); console.log(lines[0], lines[1].trim().split(' (')[0], lines[2].trim().split(' (')[0]);
const plain = new Error('p'); console.log(plain.stack.split('\n')[1].trim().split(' (')[0]);
function thrower() { null.x; } try { thrower(); } catch (e) { console.log(e.stack.split('\n')[1].trim().split(' (')[0]); }
