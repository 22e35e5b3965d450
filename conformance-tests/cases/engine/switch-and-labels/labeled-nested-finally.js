// Labeled break/continue through try/finally blocks runs the finally blocks.
var log = [];
outer: for (var i = 0; i < 3; i++) {
  try {
    for (var j = 0; j < 3; j++) {
      try {
        if (j === 1) continue outer;
        if (i === 2) break outer;
        log.push(i + '' + j);
      } finally { log.push('f' + j); }
    }
  } finally { log.push('F' + i); }
}
console.log(log.join(' '));
