// return() reaching an async generator parked in yield*: the received value is awaited before it is forwarded
// to the inner iterator (async or sync), and the inner result completes the outer generator; ticks counted.
const L = [];
const tick = (n) => { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => L.push('t' + i)); };
async function* inner() { try { yield 1; } finally { L.push('inner finally'); } }
async function* outer() { yield* inner(); }
const it = outer();
it.next().then(() => { L.push('got'); it.return('x').then(v => L.push('ret ' + JSON.stringify(v))); });
tick(8);
function* syncInner() { try { yield 1; } finally { L.push('sync finally'); } }
async function* outer2() { yield* syncInner(); }
const it2 = outer2();
it2.next().then(() => { L.push('got2'); it2.return('y').then(v => L.push('ret2 ' + JSON.stringify(v))); });
const noReturn = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 7, done: false }); } }; } };
async function* outer3() { yield* noReturn; }
const it3 = outer3();
it3.next().then(() => { L.push('got3'); it3.return(Promise.resolve('z')).then(v => L.push('ret3 ' + JSON.stringify(v))); });
async function consume() { for await (const v of outer()) { L.push('loop ' + v); break; } L.push('after break'); }
consume();
setTimeout(() => console.log(L.join('\n')), 20);
