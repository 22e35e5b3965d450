// (await a) + (await b): each operand's await costs a tick, evaluated left to right.
async function f() {
  const v = (await 'a') + (await 'b');
  console.log('sum is', v);
}
f();
let c = Promise.resolve();
for (let i = 1; i <= 3; i++) {
  c = c.then(() => console.log('tick', i));
}
