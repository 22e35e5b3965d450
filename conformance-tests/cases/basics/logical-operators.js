// && and || return one of their operands and short-circuit; ! returns a boolean.
console.log(0 || 'x');
console.log('' || null);
console.log(null || undefined);
console.log('a' || 'b');
console.log(1 && 2);
console.log(0 && 2);
console.log('' && 'never');
console.log(null && 1);
console.log(!0, !1, !'', !'a', !null, !undefined);
console.log(!!'0', !!NaN);
var calls = 0;
function touch(v) {
  calls = calls + 1;
  console.log('touch', v);
  return v;
}
var r1 = touch(0) && touch(1);
var r2 = touch(2) || touch(3);
var r3 = touch(null) || touch(0) || touch('last');
console.log(r1, r2, r3, calls);
console.log(true && false || true);
console.log(false || true && false);
