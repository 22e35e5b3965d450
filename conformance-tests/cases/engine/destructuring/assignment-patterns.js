// Destructuring assignment to existing variables and member targets.
var a, b, obj = {};
({ a, b = 'dflt' } = { a: 1 });
console.log(a, b);
({ x: obj.x, y: obj['y'] } = { x: 'X', y: 'Y' });
console.log(JSON.stringify(obj));
var arr = [];
[arr[1], arr[0]] = ['one', 'zero'];
console.log(arr.join());
var result = ({ a } = { a: 'new' });
console.log(a, JSON.stringify(result));
var r2 = [a, b] = [7, 8];
console.log(a, b, r2.join());
