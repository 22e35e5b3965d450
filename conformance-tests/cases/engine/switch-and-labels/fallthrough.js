// switch cases fall through until break.
function f(x) {
  var out = [];
  switch (x) {
    case 1: out.push('one');
    case 2: out.push('two');
    case 3: out.push('three'); break;
    case 4: out.push('four');
  }
  return out.join(',') || 'none';
}
console.log(f(1), f(2), f(3), f(4), f(5));
