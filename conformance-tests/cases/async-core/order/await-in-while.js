// await in a while condition is evaluated again on every iteration.
let n = 0;
async function next() {
  n = n + 1;
  return n;
}
async function f() {
  while ((await next()) < 4) {
    console.log('loop body, n =', n);
  }
  console.log('exited with n =', n);
}
f();
console.log('sync end, n =', n);
