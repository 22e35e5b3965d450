// A throw inside the executor rejects the promise; a throw after resolve is ignored.
var p1 = new Promise(() => {
  throw new Error('executor failed');
});
p1.catch(e => console.log('p1 rejected:', e.message));
var p2 = new Promise(resolve => {
  resolve('resolved first');
  throw new Error('ignored');
});
p2.then(v => console.log('p2 fulfilled:', v), e => console.log('p2 rejected (wrong)'));
var p3 = new Promise((resolve, reject) => {
  reject(new Error('explicit reject'));
});
p3.then(v => console.log('p3 fulfilled (wrong)'), e => console.log('p3 rejected:', e.message));
console.log('sync done');
