// A promise-driving runner throws rejections into the generator, where try/catch handles them.
function run(genFn) {
  const it = genFn();
  function step(method, arg) {
    const r = it[method](arg);
    if (r.done) return Promise.resolve(r.value);
    return Promise.resolve(r.value).then(v => step('next', v), e => step('throw', e));
  }
  return step('next', undefined);
}
run(function* () {
  try {
    yield Promise.reject(new Error('rejected in runner'));
  } catch (e) {
    console.log('generator caught', e.message);
  }
  return 'recovered';
}).then(v => console.log('result', v));
