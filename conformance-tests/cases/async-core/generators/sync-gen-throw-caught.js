// throw() on a suspended generator raises at the yield; the generator can catch and continue.
function* gen() {
  while (true) {
    try {
      const v = yield 'ready';
      console.log('got', v);
    } catch (e) {
      console.log('caught inside', e.message);
    }
  }
}
const it = gen();
it.next();
it.next('a');
console.log('throw returned', it.throw(new Error('injected')).value);
it.next('b');
