// Function declarations are hoisted with their body; later ones win.
console.log(early());
function early() { return 'early'; }
console.log(dup());
function dup() { return 1; }
function dup() { return 2; }
console.log(typeof expr);
var expr = function () { return 'expr'; };
console.log(expr());
function outer() {
  return inner();
  function inner() { return 'inner-after-return'; }
}
console.log(outer());
var shadow = 'var';
function shadow() {}
console.log(typeof shadow);
