// A generator driven by a promise-based runner behaves like an async function, tick for tick.
function run(genFn) {
  return new Promise((resolve, reject) => {
    const it = genFn();
    function step(method, arg) {
      let r;
      try { r = it[method](arg); } catch (e) { reject(e); return; }
      if (r.done) { resolve(r.value); return; }
      Promise.resolve(r.value).then(v => step('next', v), e => step('throw', e));
    }
    step('next', undefined);
  });
}
run(function* () {
  const a = yield 1;
  console.log('gen got', a);
  const b = yield Promise.resolve(2);
  console.log('gen got', b);
  return a + b;
}).then(v => console.log('run result', v));
async function same() {
  const a = await 1;
  console.log('async got', a);
  const b = await Promise.resolve(2);
  console.log('async got', b);
}
same();
