// finally blocks run when returning from nested functions and closures.
var log = [];
function withResource(fn) {
  log.push('open');
  try { return fn(); } finally { log.push('close'); }
}
console.log(withResource(() => 'result'), log.join(','));
log = [];
try { withResource(() => { throw new Error('fail'); }); } catch (e) { log.push('caught ' + e.message); }
console.log(log.join(','));
function counter() { var i = 0; try { return () => ++i; } finally { i = 10; } }
console.log(counter()());
