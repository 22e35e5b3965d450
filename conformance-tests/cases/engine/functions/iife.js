// Immediately invoked function expressions and their scope.
var result = (function (x) { var hidden = x * 2; return hidden; })(21);
console.log(result, typeof hidden);
var mod = (() => {
  let count = 0;
  return { inc() { return ++count; } };
})();
mod.inc();
console.log(mod.inc());
console.log(!function () { return false; }());
console.log(void function () {}());
