// Spread and iteration call next() lazily and in order.
var log = [];
function tracked(n) {
  var i = 0;
  return { [Symbol.iterator]() { log.push('iter'); return this; }, next() { log.push('next'); return i < n ? { value: i++, done: false } : { done: true }; } };
}
var arr = [...tracked(2)];
console.log(arr.join(), log.join(','));
log = [];
function f(...a) { log.push('call'); return a.length; }
console.log(f(...tracked(1), ...tracked(0)), log.join(','));
