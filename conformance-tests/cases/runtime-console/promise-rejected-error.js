const err = new Error('rejected with');
err.stack = 'Error: rejected with';
const p = Promise.reject(err);
p.catch(() => {});
console.log(p);
