// switch compares with === (no type coercion, NaN never matches).
function kind(x) {
  switch (x) {
    case 1: return 'number 1';
    case '1': return 'string 1';
    case true: return 'true';
    case null: return 'null';
    case undefined: return 'undefined';
    case NaN: return 'nan';
    case 0: return 'zero';
    default: return 'other';
  }
}
console.log([1, '1', true, null, undefined, NaN, -0, 0, 'x'].map(kind).join(' | '));
var o = {};
switch (o) { case {}: console.log('new object'); break; case o: console.log('same object'); }
