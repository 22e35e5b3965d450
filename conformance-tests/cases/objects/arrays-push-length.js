// Array literals, indexing, push, and length.
var arr = [10, 20, 30];
console.log(arr.length, arr[0], arr[2], arr[3]);
arr.push(40);
console.log(arr.length, arr[3]);
var r = arr.push('fifty');
console.log('push returned', r, arr[4]);
arr[1] = 'changed';
console.log(arr[1]);
var empty = [];
console.log(empty.length);
empty.push(1);
empty.push(2);
console.log(empty.length, empty[0] + empty[1]);
var mixed = [1, 'two', null, undefined, true, [3, 4], { five: 5 }];
console.log(mixed.length, mixed[5][1], mixed[6].five, mixed[3]);
var matrix = [[1, 2], [3, 4]];
console.log(matrix[1][0], matrix.length, matrix[0].length);
var sum = 0;
for (var i = 0; i < arr.length; i = i + 1) {
  if (typeof arr[i] === 'number') sum = sum + arr[i];
}
console.log('sum', sum);
