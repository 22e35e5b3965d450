// Function declarations are hoisted with their body; function expressions are not.
console.log(early());
function early() {
  return 'declared later, callable early';
}
console.log(typeof later);
var later = function () {
  return 'expression';
};
console.log(typeof later, later());
function outer() {
  return inner();
  function inner() {
    return 'inner hoisted';
  }
}
console.log(outer());
function dup() { return 'first'; }
console.log(dup());
function dup() { return 'second'; }
console.log(dup());
