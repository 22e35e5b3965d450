// Async arrows, async function declarations and async methods all cost the same ticks.
async function decl() { await null; console.log('declaration resumed'); }
const arrow = async () => { await null; console.log('arrow resumed'); };
const obj = { async method() { await null; console.log('method resumed'); } };
const expr = async function () { await null; console.log('expression resumed'); };
obj.method();
arrow();
expr();
decl();
Promise.resolve().then(() => console.log('tick 1'));
