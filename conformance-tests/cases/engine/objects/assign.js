// Object.assign copies own enumerable props, invoking getters and setters.
var target = { a: 1 };
var r = Object.assign(target, { b: 2 }, null, undefined, { a: 3, c: 4 });
console.log(r === target, JSON.stringify(target));
var src = { get g() { return 'from getter'; } };
var t2 = Object.assign({}, src);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(t2, 'g')));
var logs = [];
var withSetter = { set x(v) { logs.push(v); } };
Object.assign(withSetter, { x: 1 }, { x: 2 });
console.log(logs.join(','));
console.log(JSON.stringify(Object.assign({}, 'ab', [9])));
var s = Symbol('k');
var t3 = Object.assign({}, { [s]: 'sym' });
console.log(t3[s]);
var hidden = Object.defineProperty({}, 'h', { value: 1 });
console.log(JSON.stringify(Object.assign({}, hidden)));
