// === and Object.is differ only on NaN and signed zero.
var pairs = [[1, 1], [1, '1'], [NaN, NaN], [0, -0], [null, undefined], [null, null], ['a', 'a'], [{}, {}]];
for (var i = 0; i < pairs.length; i++) {
  var p = pairs[i];
  console.log(i, p[0] === p[1], Object.is(p[0], p[1]), p[0] !== p[1]);
}
var o = {};
console.log(o === o, [] === [], Symbol.iterator === Symbol.iterator);
