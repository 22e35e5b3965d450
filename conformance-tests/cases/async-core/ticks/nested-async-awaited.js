// Three levels of async functions, each awaiting the next: every level adds 1 tick.
async function level3() { console.log('level3 body'); return 3; }
async function level2() { const v = await level3(); console.log('level2 got', v); return v + 1; }
async function level1() { const v = await level2(); console.log('level1 got', v); return v + 1; }
level1().then(v => console.log('then got', v));
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  p = p.then(() => console.log('tick', i));
}
console.log('sync end');
