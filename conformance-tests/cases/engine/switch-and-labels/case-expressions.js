// case expressions are evaluated lazily in order until one matches.
var log = [];
function v(x) { log.push('eval ' + x); return x; }
switch (3) {
  case v(1): log.push('hit 1'); break;
  case v(3): log.push('hit 3'); break;
  case v(5): log.push('hit 5'); break;
}
console.log(log.join(', '));
function grade(score) {
  switch (true) {
    case score >= 90: return 'A';
    case score >= 80: return 'B';
    default: return 'F';
  }
}
console.log(grade(95), grade(85), grade(10));
