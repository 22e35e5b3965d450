// Default parameters of an async function are evaluated synchronously at call time.
let counter = 0;
function next() {
  counter = counter + 1;
  console.log('default evaluated, counter', counter);
  return counter;
}
async function f(a = next(), b = a + 10) {
  await null;
  return a + ',' + b;
}
f().then(v => console.log('f() ->', v));
f(5).then(v => console.log('f(5) ->', v));
console.log('sync end, counter', counter);
