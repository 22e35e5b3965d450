// Array indices are string keys; numeric-looking strings access the same slot.
var arr = ['a', 'b', 'c'];
console.log(arr['0'], arr[0.0], arr['1e0'], arr[1e0], String(arr['+1']), String(arr[' 1']));
var keys = [];
for (var k in arr) keys.push(typeof k + k);
console.log(keys.join());
var obj = { 1: 'x' };
console.log(obj[1] === obj['1'], obj[1.0], String(obj['1.0']));
var big = {};
big[2 ** 53] = 'big';
console.log(Object.keys(big)[0]);
