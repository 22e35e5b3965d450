// A then chain and an await loop started together advance one step per tick, interleaved.
async function awaitChain() {
  let v = 0;
  for (let i = 0; i < 3; i++) {
    v = await (v + 1);
    console.log('await chain', v);
  }
}
Promise.resolve(0)
  .then(v => { console.log('then chain', v + 1); return v + 1; })
  .then(v => { console.log('then chain', v + 1); return v + 1; })
  .then(v => { console.log('then chain', v + 1); return v + 1; });
awaitChain();
