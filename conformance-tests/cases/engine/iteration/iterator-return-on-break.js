// Exiting for-of early via break, return or throw calls iterator.return().
var log = [];
function makeIter() {
  var i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; return { value: i, done: i > 5 }; },
    return() { log.push('return called at ' + i); return { done: true }; }
  };
}
for (var v of makeIter()) { if (v === 2) break; }
console.log(log.join('; '));
log = [];
function find() { for (var v of makeIter()) { if (v === 3) return v; } }
console.log(find(), log.join('; '));
log = [];
try { for (var v of makeIter()) { throw new Error('stop'); } } catch (e) { console.log(e.message, log.join('; ')); }
log = [];
for (var v of makeIter()) {}
console.log('exhausted:', log.length);
log = [];
outer: for (var a of [1, 2]) { for (var b of makeIter()) { continue outer; } }
console.log(log.length);
