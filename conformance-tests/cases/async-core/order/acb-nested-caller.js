// A, C, B one level deeper: an awaiting caller also returns control to its own caller.
async function inner() {
  console.log('inner A');
  await null;
  console.log('inner B');
}
async function outer() {
  console.log('outer A');
  await inner();
  console.log('outer B');
}
outer();
console.log('C');
