// A rejection skipping a then without onRejected costs one tick per skipped link.
Promise.reject(new Error('e'))
  .then(() => console.log('skipped 1'))
  .then(() => console.log('skipped 2'))
  .catch(e => console.log('caught after two skipped links', e.message));
Promise.reject(new Error('f')).catch(e => console.log('caught directly', e.message));
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  c = c.then(() => console.log('tick', i));
}
