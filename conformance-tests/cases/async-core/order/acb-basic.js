// The classic A, C, B puzzle: code after an await runs after the caller's synchronous code.
async function f() {
  console.log('A');
  await undefined;
  console.log('B');
}
f();
console.log('C');
