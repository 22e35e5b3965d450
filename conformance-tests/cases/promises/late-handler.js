// A rejection is not "unhandled" if a handler is attached later in the same synchronous run.
const p = Promise.reject(new Error('handled late'));
console.log('rejected promise created');
let i = 0;
while (i < 3) {
  i = i + 1;
}
console.log('attaching handler after', i, 'iterations');
p.catch(e => console.log('caught:', e.message));
const q = Promise.reject('second');
q.then(v => console.log('not called')).catch(r => console.log('caught downstream:', r));
console.log('sync end');
