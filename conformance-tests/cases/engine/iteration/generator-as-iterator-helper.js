// Generators implementing zip, chunk, enumerate and pairwise.
function* zip(...its) {
  var iters = its.map(i => i[Symbol.iterator]());
  while (true) {
    var rs = iters.map(i => i.next());
    if (rs.some(r => r.done)) return;
    yield rs.map(r => r.value);
  }
}
console.log([...zip([1, 2, 3], 'ab', new Set([true, false, null]))].map(t => t.join(':')).join(' '));
function* chunk(arr, n) { for (var i = 0; i < arr.length; i += n) yield arr.slice(i, i + n); }
console.log([...chunk([1, 2, 3, 4, 5], 2)].map(c => '[' + c + ']').join(''));
function* enumerate(it) { var i = 0; for (var v of it) yield [i++, v]; }
for (var [i, v] of enumerate('xyz')) console.log(i, v);
function* pairwise(it) { var prev, first = true; for (var v of it) { if (!first) yield [prev, v]; prev = v; first = false; } }
console.log([...pairwise([1, 4, 9, 16])].map(([a, b]) => b - a).join());
