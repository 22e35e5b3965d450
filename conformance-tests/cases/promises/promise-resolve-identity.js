// Promise.resolve returns its argument when it is already a promise; then always returns a new promise.
var p = new Promise(resolve => resolve(1));
console.log(Promise.resolve(p) === p);
console.log(p.then(v => v) === p);
var r = Promise.reject(new Error('r'));
console.log(Promise.resolve(r) === r);
r.catch(e => console.log('handled', e.message));
Promise.resolve(p).then(v => console.log('value', v));
console.log(typeof p.then, typeof p.catch);
