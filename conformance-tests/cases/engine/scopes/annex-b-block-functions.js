// Annex B.3.3: in sloppy code a function declared in a block also gets a var in the enclosing function,
// assigned when the declaration is evaluated, unless that var would clash with a let, const or parameter.
console.log(typeof inBlock);
{ function inBlock() { return 'in block'; } }
console.log(typeof inBlock, inBlock());
if (true) { function viaIf() { return 'if'; } }
console.log(viaIf());
function outer() {
  console.log('before', typeof inner);
  if (false) { function inner() {} }
  console.log('not evaluated', typeof inner);
  { function later() { return 1; } }
  return typeof later;
}
console.log(outer());
function shadowed() {
  let clash = 'let';
  { function clash() {} }
  return clash;
}
console.log(shadowed());
function param(p) { { function p() {} } return typeof p; }
console.log(param(5));
function twice() { { function t() { return 1; } } { function t() { return 2; } } return t(); }
console.log(twice());
switch (1) { case 1: function inSwitch() { return 'switch'; } }
console.log(inSwitch());
try { function inTry() { return 'try'; } } finally {}
console.log(inTry());
(function () { 'use strict'; { function strictOnly() {} } console.log(typeof strictOnly); })();
