// Async-from-sync iteration as node 20 (ES2022) does it: a rejected value does not close the sync iterator,
// and throw() on a sync iterator without a throw method rejects with the thrown value.
const L = [];
function* sy() { try { yield Promise.reject(new Error('r')); } finally { L.push('finally'); } }
(async () => { try { for await (const x of sy()) ; } catch (e) { L.push('caught ' + e.message); } })();
const noThrow = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { L.push('return called'); return {}; } }; } };
async function* g() { yield* noThrow; }
const it = g();
it.next().then(() => it.throw(new Error('thrown in'))).then(v => L.push('resolved ' + JSON.stringify(v)), e => L.push('rejected ' + e.constructor.name + ' ' + e.message));
function* sy2() { try { yield 1; yield Promise.reject(new Error('r2')); } finally { L.push('finally2'); } }
(async () => { try { for await (const x of sy2()) L.push('x ' + x); } catch (e) { L.push('caught2 ' + e.message); } })();
setTimeout(() => console.log(L.join('\n')), 20);
