// Once Promise.race settles, later settlements of the other inputs change nothing.
let resolveA, rejectB;
const a = new Promise(r => { resolveA = r; });
const b = new Promise((_, rej) => { rejectB = rej; });
const raced = Promise.race([a, b]);
raced.then(v => console.log('race fulfilled', v), e => console.log('race rejected', e));
resolveA('a wins');
rejectB('b loses');
b.catch(e => console.log('b handled separately', e));
raced.then(v => console.log('still', v));
