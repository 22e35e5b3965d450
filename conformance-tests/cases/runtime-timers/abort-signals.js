// AbortController, AbortSignal, EventTarget, Event and DOMException (node's lazy web globals), and the
// signal option of timers/promises: what fires, in which order, with which reasons.
const ac = new AbortController();
const s = ac.signal;
console.log(ac, s, s.aborted, s.reason, typeof AbortSignal, s instanceof EventTarget);
s.addEventListener('abort', (e) => console.log('listener 1', e.type, e.isTrusted, e.target === s, e.currentTarget === s, e.eventPhase));
s.onabort = (e) => console.log('onabort', e.type);
s.addEventListener('abort', { handleEvent(e) { console.log('handleEvent', this !== s); } });
s.addEventListener('abort', () => console.log('once'), { once: true });
ac.abort();
ac.abort('second abort is ignored');
const r = s.reason;
console.log(s.aborted, r instanceof DOMException, r instanceof Error, r.name, r.code, r.message, String(r),
  Object.prototype.toString.call(r), Object.keys(r));
try { s.throwIfAborted(); } catch (e) { console.log('throwIfAborted', e === r); }
try { new AbortSignal(); } catch (e) { console.log(e.name, e.message); }
console.log(AbortSignal.abort('why').reason, AbortSignal.abort().reason.name);
const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
a2.abort('second');
a1.abort('first');
console.log(AbortSignal.any([AbortSignal.abort('pre')]).reason);

const t = new EventTarget();
const log = [];
const l1 = (e) => { log.push('l1'); e.stopImmediatePropagation(); };
t.addEventListener('x', () => log.push('l0'));
t.addEventListener('x', l1);
t.addEventListener('x', l1); // a duplicate is not added
t.addEventListener('x', () => log.push('never'));
const ev = new Event('x', { cancelable: true });
console.log(t.dispatchEvent(ev), log, ev.defaultPrevented, ev.target === t, ev.currentTarget, ev.eventPhase);
const t2 = new EventTarget();
t2.addEventListener('y', (e) => e.preventDefault());
console.log(t2.dispatchEvent(new Event('y', { cancelable: true })), t2.dispatchEvent(new Event('y')));
const ctl = new AbortController();
t2.addEventListener('z', () => console.log('z listener'), { signal: ctl.signal });
t2.dispatchEvent(new Event('z'));
ctl.abort();
t2.dispatchEvent(new Event('z'));
console.log(new EventTarget(), Object.keys(new Event('k')), new Event('k').bubbles, new Event('k').cancelable);
try { new Event(); } catch (e) { console.log(e.name, e.code, e.message); }
try { t.dispatchEvent({ type: 'x' }); } catch (e) { console.log(e.name, e.code); }
const de = new DOMException('msg', 'NotFoundError');
console.log(de.name, de.code, de.message, String(de), new DOMException().name, new DOMException('m', { name: 'DataCloneError', cause: 1 }).code);

const { setTimeout: sleep, setImmediate: immediate, setInterval: every, scheduler } = require('timers/promises');
const c2 = new AbortController();
sleep(1000, 'v', { signal: c2.signal }).then(
  (v) => console.log('not reached', v),
  (e) => console.log('sleep rejected', e.name, e.code, e.message, e.cause instanceof DOMException, e instanceof Error));
c2.abort();
sleep(1, 'pre', { signal: AbortSignal.abort('early') }).catch((e) => console.log('pre-aborted', e.name, e.cause));
sleep(1, 'x', 'not options').catch((e) => console.log(e.name, e.code, e.message));
sleep(1, 'x', { ref: 'no' }).catch((e) => console.log(e.name, e.code, e.message));
(async () => {
  console.log('slept', await sleep(2, 'value', { signal: new AbortController().signal }));
  console.log('immediate', await immediate('imm'));
  let n = 0;
  for await (const v of every(2, 'tick')) {
    console.log('interval', v, ++n);
    if (n === 3) break;
  }
  const c3 = new AbortController();
  setTimeout(() => c3.abort(), 5);
  try {
    for await (const v of every(1, 'tick', { signal: c3.signal })) { if (!v) break; }
  } catch (e) {
    console.log('interval aborted', e.name);
  }
  await scheduler.wait(1);
  await scheduler.yield();
  const ts = AbortSignal.timeout(5);
  await sleep(30);
  console.log('timeout signal', ts.aborted, ts.reason.name, ts.reason.message, ts.reason.code);
})();
{
  const c = new AbortController();
  sleep(200, 'a', { signal: c.signal }).then(() => console.log('sleep with a signal resolves (after .finally)'));
  sleep(200, 'b').then(() => console.log('sleep without a signal resolves'));
  const target = new EventTarget();
  process.once('uncaughtException', (e) => console.log('uncaught from listener:', e.message));
  target.addEventListener('boom', () => { throw new Error('listener threw'); });
  target.addEventListener('boom', () => console.log('next listener still runs'));
  target.dispatchEvent(new Event('boom'));
}
