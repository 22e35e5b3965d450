// yield* in an async generator forwarding return(): no return method, a return that does not finish, a
// return that throws, and a rejected value handed to return() (forwarded as a throw).
const L = [];
const tick = (n) => { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => L.push('t' + i)); };
const noReturn = () => ({ [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 7, done: false }); } }; } });
async function* a() { yield* noReturn(); }
const i1 = a();
i1.next().then(() => { L.push('got1'); i1.return('plain').then(v => L.push('ret1 ' + v.value)); });
const i2 = a();
i2.next().then(() => { L.push('got2'); i2.return(Promise.resolve('promise')).then(v => L.push('ret2 ' + v.value)); });
const notDone = () => ({ [Symbol.asyncIterator]() { return {
  next() { return { value: 1, done: false }; },
  return(v) { L.push('inner return ' + v); return { value: 'still', done: false }; } }; } });
async function* b() { const r = yield* notDone(); L.push('b after ' + r); }
const i3 = b();
i3.next().then(() => { L.push('got3'); i3.return('r3').then(v => L.push('ret3 ' + JSON.stringify(v))); });
const throwsOnReturn = () => ({ [Symbol.asyncIterator]() { return {
  next() { return { value: 1, done: false }; }, throw(e) { L.push('inner throw ' + e); return { value: 'th', done: true }; },
  return() { throw new Error('boom'); } }; } });
async function* c() { try { yield* throwsOnReturn(); } catch (e) { L.push('c caught ' + e.message); } }
const i4 = c();
i4.next().then(() => { L.push('got4'); i4.return('r4').then(v => L.push('ret4 ' + JSON.stringify(v)), e => L.push('rej4 ' + e.message)); });
async function* d() { const r = yield* throwsOnReturn(); L.push('d got ' + r); }
const i5 = d();
i5.next().then(() => { L.push('got5'); i5.return(Promise.reject(new Error('rejected'))).then(v => L.push('ret5 ' + JSON.stringify(v)), e => L.push('rej5 ' + e.message)); });
tick(12);
setTimeout(() => console.log(L.join('\n')), 20);
