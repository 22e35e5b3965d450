// Array destructuring uses the iterator protocol and closes unfinished iterators.
var log = [];
var iterable = {
  [Symbol.iterator]() {
    var i = 0;
    return {
      next() { i++; log.push('next' + i); return { value: i, done: i > 3 }; },
      return() { log.push('return'); return {}; }
    };
  }
};
var [a, b] = iterable;
console.log(a, b, log.join(','));
log = [];
var [...all] = iterable;
console.log(all.join(), log.join(','));
log = [];
var [] = iterable;
console.log(log.join(','));
function* gen() { try { yield 1; yield 2; } finally { log.push('gen finally'); } }
log = [];
var [g1] = gen();
console.log(g1, log.join(','));
