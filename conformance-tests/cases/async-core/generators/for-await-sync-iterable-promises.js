// for await over an array of promises awaits each element in order, not in settle order.
function after(ms, v) {
  return new Promise(r => setTimeout(() => { console.log('settled', v); r(v); }, ms));
}
async function main() {
  for await (const v of [after(200, 'slow'), after(0, 'fast'), 'plain']) {
    console.log('loop got', v);
  }
}
main();
