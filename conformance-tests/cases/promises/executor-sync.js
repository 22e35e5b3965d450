// The executor runs synchronously; then callbacks always run later, even if already resolved.
console.log('1 before new Promise');
var p = new Promise(function (resolve) {
  console.log('2 inside executor');
  resolve('value');
  console.log('3 still in executor after resolve');
});
console.log('4 after new Promise');
p.then(function (v) {
  console.log('6 then got', v);
});
console.log('5 sync end');
