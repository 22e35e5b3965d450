// Array elements are evaluated left to right around awaits.
let x = 1;
async function f() {
  const arr = [x, await Promise.resolve(x + 10), x, await x, x];
  console.log(arr.join(','));
}
f();
x = 2;
Promise.resolve().then(() => { x = 3; });
