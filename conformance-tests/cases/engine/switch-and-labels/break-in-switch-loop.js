// break inside switch exits the switch; a labeled break exits the loop.
var out = [];
loop: for (var i = 0; i < 10; i++) {
  switch (i % 3) {
    case 0: out.push('fizz' + i); break;
    case 1: if (i > 5) break loop; out.push('one' + i); break;
    default: continue loop;
  }
  out.push('|');
}
console.log(out.join(''), i);
