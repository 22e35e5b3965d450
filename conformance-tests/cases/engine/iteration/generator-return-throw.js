// Generator return() and throw() interact with try/finally.
function* g() {
  try { yield 1; yield 2; }
  catch (e) { yield 'caught ' + e; }
  finally { console.log('cleanup'); }
  yield 'after';
}
var a = g();
a.next();
console.log(JSON.stringify(a.throw('boom')));
console.log(JSON.stringify(a.next()));
console.log(JSON.stringify(a.next()));
var b = g();
b.next();
console.log(JSON.stringify(b.return('early')));
console.log(JSON.stringify(b.next()));
var c = g();
console.log(JSON.stringify(c.return('before start')));
var d = g();
try { d.throw(new Error('unstarted')); } catch (e) { console.log(e.message); }
function* overriding() { try { yield 1; } finally { return 'from finally'; } }
var o = overriding(); o.next();
console.log(JSON.stringify(o.return('ignored')));
function* yieldInFinally() { try { yield 1; } finally { yield 'final yield'; } }
var y = yieldInFinally(); y.next();
console.log(JSON.stringify(y.return('r')), JSON.stringify(y.next()));
