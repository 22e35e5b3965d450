// then(ok, fail) does not catch errors thrown by ok; a following catch does.
Promise.resolve('v')
  .then(v => { throw new Error('ok threw for ' + v); }, e => console.log('not called'))
  .catch(e => console.log('catch got', e.message));
Promise.reject(new Error('r'))
  .then(v => console.log('not called'), e => { console.log('onRejected got', e.message); return 'recovered'; })
  .then(v => console.log('next got', v));
