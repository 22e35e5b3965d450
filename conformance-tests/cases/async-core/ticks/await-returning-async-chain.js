// Returning an async call settles 2 ticks after that call settles (3 after the call if it settles at once).
async function base() { return 'base'; }
async function wrap1() { return base(); }
async function wrap2() { return wrap1(); }
wrap2().then(v => console.log('wrap2 settled', v));
wrap1().then(v => console.log('wrap1 settled', v));
base().then(v => console.log('base settled', v));
let c = Promise.resolve();
for (let i = 1; i <= 7; i++) {
  c = c.then(() => console.log('tick', i));
}
