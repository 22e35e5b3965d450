// The code after await runs only after the caller's synchronous code finishes.
async function f() {
  console.log('A');
  await null;
  console.log('B');
}
f();
console.log('C');
