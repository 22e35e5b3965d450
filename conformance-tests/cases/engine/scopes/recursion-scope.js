// Each call gets its own scope for locals and parameters.
function depth(n) {
  var local = n * 2;
  if (n > 0) depth(n - 1);
  return local;
}
console.log(depth(5));
function collect(n, acc) {
  let tag = 'n' + n;
  if (n === 0) return acc.concat(tag);
  return collect(n - 1, acc.concat(tag));
}
console.log(collect(3, []).join(','));
function mutual(n) { return n === 0 ? 'even' : other(n - 1); }
function other(n) { return n === 0 ? 'odd' : mutual(n - 1); }
console.log(mutual(10), mutual(7));
