// Property keys are strings: numbers used as keys are converted.
var o = {};
o[1] = 'one';
console.log(o['1']);
o['2'] = 'two';
console.log(o[2]);
var arr = ['a', 'b', 'c'];
console.log(arr['1'], arr[1]);
var table = {};
var keys = ['x', 'y', 'x', 'z', 'x', 'y'];
for (var i = 0; i < keys.length; i = i + 1) {
  var k = keys[i];
  if (table[k] === undefined) {
    table[k] = 0;
  }
  table[k] = table[k] + 1;
}
console.log(table.x, table.y, table.z, table.w);
var prefix = 'item';
var store = {};
for (var j = 0; j < 3; j = j + 1) {
  store[prefix + j] = j * j;
}
console.log(store.item0, store.item1, store.item2);
o[true] = 'bool key';
console.log(o['true']);
o[null] = 'null key';
console.log(o['null']);
