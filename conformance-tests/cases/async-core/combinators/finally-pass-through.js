// finally passes the original value or reason through, ignoring its callback's return value.
Promise.resolve('kept value')
  .finally(() => 'ignored')
  .then(v => console.log('then got', v));
Promise.reject(new Error('kept reason'))
  .finally(() => 'ignored too')
  .catch(e => console.log('catch got', e.message));
