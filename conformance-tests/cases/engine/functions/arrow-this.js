// Arrow functions capture this and arguments lexically and cannot be constructed.
function Timer() {
  this.ticks = 0;
  var tick = () => { this.ticks++; };
  tick(); tick();
}
console.log(new Timer().ticks);
var obj = {
  val: 'obj',
  regular() { return (() => this.val)(); },
  args() { return (() => arguments.length)(); }
};
console.log(obj.regular(), obj.args(1, 2, 3));
var arrow = () => 1;
try { new arrow(); } catch (e) { console.log(e.name); }
console.log(arrow.prototype === undefined, arrow.hasOwnProperty('prototype'));
var boundArrow = obj.regular.call({ val: 'other' });
console.log(boundArrow);
var lexical = { v: 1, get() { const inner = () => () => this.v; return inner()(); } };
console.log(lexical.get());
