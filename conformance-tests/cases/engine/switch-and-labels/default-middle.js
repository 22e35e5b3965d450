// A default clause in the middle is used only when no case matches, then falls through.
function f(x) {
  var out = [];
  switch (x) {
    case 'a': out.push('a');
    default: out.push('default');
    case 'b': out.push('b'); break;
    case 'c': out.push('c');
  }
  return out.join('>');
}
console.log(f('a'), '|', f('b'), '|', f('c'), '|', f('zzz'));
function g(x) { switch (x) { default: return 'dflt'; case 1: return 'one'; } }
console.log(g(1), g(2));
