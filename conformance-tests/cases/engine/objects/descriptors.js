// getOwnPropertyDescriptor for data, accessor, array and built-in properties.
var show = d => d === undefined ? 'undefined' : JSON.stringify(d);
console.log(show(Object.getOwnPropertyDescriptor({ a: 1 }, 'a')));
console.log(show(Object.getOwnPropertyDescriptor({ a: 1 }, 'b')));
console.log(show(Object.getOwnPropertyDescriptor([1], 'length')));
console.log(show(Object.getOwnPropertyDescriptor('xy', 0)));
console.log(show(Object.getOwnPropertyDescriptor(Math, 'PI')));
console.log(show(Object.getOwnPropertyDescriptor(Array.prototype, 'map')));
console.log(show(Object.getOwnPropertyDescriptor(function f(a) {}, 'length')));
console.log(show(Object.getOwnPropertyDescriptor(function f(a) {}, 'name')));
