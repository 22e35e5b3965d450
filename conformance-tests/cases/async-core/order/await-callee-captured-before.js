// The callee is read before arguments are awaited; reassigning it in the gap has no effect.
let fn = v => 'old ' + v;
async function f() {
  const r = fn(await 'arg');
  console.log(r);
  console.log(fn('later'));
}
f();
fn = v => 'new ' + v;
