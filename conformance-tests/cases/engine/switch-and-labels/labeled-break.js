// Labeled break exits an outer loop from inside a nested loop.
var found = null;
outer: for (var i = 0; i < 5; i++) {
  for (var j = 0; j < 5; j++) {
    if (i * j === 6) { found = i + ',' + j; break outer; }
  }
}
console.log(found, i, j);
var log = [];
block: {
  log.push('start');
  if (log.length) break block;
  log.push('never');
}
log.push('after block');
console.log(log.join(' '));
