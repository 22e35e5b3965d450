// catch returning a value, returning nothing or rethrowing decides the next link.
Promise.reject(new Error('e1')).catch(e => 'handled ' + e.message).then(v => console.log('A', v));
Promise.reject(new Error('e2')).catch(() => {}).then(v => console.log('B', typeof v));
Promise.reject(new Error('e3')).catch(e => { throw new Error('re-' + e.message); })
  .then(v => console.log('C not', v), e => console.log('C', e.message));
Promise.resolve('untouched').catch(() => 'not called').then(v => console.log('D', v));
