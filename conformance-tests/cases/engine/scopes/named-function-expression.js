// A named function expression binds its name inside its own body only.
var fact = function me(n) { return n <= 1 ? 1 : n * me(n - 1); };
console.log(fact(5), typeof me);
var f = function self() {
  self = 'ignored';
  return typeof self;
};
console.log(f());
var g = function named() { 'use strict'; try { named = 1; } catch (e) { return e.name; } return 'no error'; };
console.log(g());
var h = function inner() { var inner = 'shadowed'; return inner; };
console.log(h(), h.name, fact.name);
