// try/catch/finally runs in order and finally always runs.
var log = [];
function run(shouldThrow) {
  try {
    log.push('try');
    if (shouldThrow) throw new Error('x');
    log.push('try end');
  } catch (e) {
    log.push('catch ' + e.message);
  } finally {
    log.push('finally');
  }
  log.push('after');
}
run(false);
console.log(log.join(' > '));
log = [];
run(true);
console.log(log.join(' > '));
log = [];
for (var i = 0; i < 3; i++) {
  try { if (i === 1) continue; if (i === 2) break; log.push('body' + i); } finally { log.push('fin' + i); }
}
console.log(log.join(' > '));
