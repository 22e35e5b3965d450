// Edge cases of the web globals, timers/promises and eval found by differential QA: listener objects without
// handleEvent, eval's own lexical scope, AbortSignal.any order, abort ticks, constants, argument checks.
const et = new EventTarget();
et.addEventListener('z', {});
console.log(et.dispatchEvent(new Event('z')));
const g = eval;
g('"use strict"; var sv = 1');
g('let lv = 2; const cv = 3; class K {}');
console.log(typeof sv, typeof lv, typeof cv, typeof K);
g('var gv = 5; function gf() { return 6; }');
console.log(typeof gv, gf());
const c = new AbortController();
const dep = AbortSignal.any([c.signal]);
const dep2 = AbortSignal.any([dep]);
dep2.onabort = () => console.log('n2');
dep.onabort = () => console.log('dependent');
c.signal.onabort = () => console.log('source');
c.abort();
const { setTimeout: sleep } = require('timers/promises');
const ac = new AbortController();
sleep(100, 'x', { signal: ac.signal }).catch(() => console.log('sleep rejected'));
ac.abort();
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4')).then(() => console.log('t5'));
const e = new Event('s'); e.stopImmediatePropagation();
et.addEventListener('s', () => console.log('listener ran'));
console.log(et.dispatchEvent(e));
console.log(DOMException.ABORT_ERR, new DOMException('x').TIMEOUT_ERR, Event.AT_TARGET, typeof new Event('e').initEvent, typeof require('timers').promises, require('timers/promises') === require('timers').promises);
(async () => { try { await require('timers/promises').setTimeout('abc'); console.log('resolved'); } catch (err) { console.log(err.code); } })();
for (const f of [() => AbortSignal.timeout('x'), () => AbortSignal.any(), () => process.emitWarning(5), () => process.emitWarning('x', 5), () => et.addEventListener('x', 5), () => new AbortSignal(), () => AbortSignal.any([1])]) {
  try { f(); console.log('no throw'); } catch (err) { console.log(err.code, err.message); }
}
const s = new AbortController().signal; s.onabort = 5; console.log(s.onabort);
process.noDeprecation = true; process.emitWarning('hidden', 'DeprecationWarning');
console.log(typeof require('readline/promises').createInterface, require('readline/promises') === require('readline').promises);
