// Nested try blocks, rethrow and wrapping errors.
var log = [];
function level3() { throw new TypeError('deep'); }
function level2() { try { level3(); } catch (e) { log.push('level2 saw ' + e.name); throw e; } }
function level1() {
  try { level2(); } catch (e) { log.push('level1 saw ' + e.message); throw new Error('wrapped', { cause: e }); }
  finally { log.push('level1 finally'); }
}
try { level1(); } catch (e) { log.push('top: ' + e.message + ' <- ' + e.cause.message + ' ' + (e.cause instanceof TypeError)); }
console.log(log.join('\n'));
try {
  try { throw 'first'; } finally { console.log('inner finally'); }
} catch (e) { console.log('outer caught', e); }
try {
  try { throw 'a'; } catch (e) { throw e + 'b'; } finally { console.log('finally after rethrow'); }
} catch (e) { console.log(e); }
