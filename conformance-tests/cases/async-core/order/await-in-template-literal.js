// await inside template literal substitutions, evaluated in order.
let counter = 0;
async function bump() {
  counter = counter + 1;
  return counter;
}
async function f() {
  const s = `first ${await bump()} second ${await bump()} third ${counter}`;
  console.log(s);
}
f();
counter = 100;
console.log('counter set to 100');
