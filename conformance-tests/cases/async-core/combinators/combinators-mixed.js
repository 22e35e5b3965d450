// then/finally/all/race/allSettled/any/executor interleaving in one program.
Promise.resolve(1).finally(() => console.log('fin')).then(v => console.log('v', v));
Promise.reject(2).finally(() => console.log('fin2')).catch(v => console.log('c', v));
Promise.resolve().then(() => console.log('a')).then(() => console.log('b')).then(() => console.log('c')).then(() => console.log('d'));
Promise.all([1, Promise.resolve(2), { then(r) { r(3); } }]).then(v => console.log('all', v.join()));
Promise.race([new Promise(r => setTimeout(() => r('slow'), 20)), Promise.resolve('fast')]).then(v => console.log('race', v));
Promise.allSettled([Promise.reject('no'), 1]).then(v => console.log(JSON.stringify(v)));
Promise.any([Promise.reject('e1'), Promise.reject('e2')]).catch(e => console.log(e.constructor.name, e.errors.join(), e.message));


new Promise((res, rej) => { res(1); rej(2); res(3); }).then(v => console.log('once', v));
new Promise(() => { throw new Error('ex'); }).catch(e => console.log('exec', e.message));
const p = Promise.resolve(); console.log(Promise.resolve(p) === p);
