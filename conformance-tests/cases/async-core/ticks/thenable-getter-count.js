// await reads the then property of a thenable exactly once, synchronously during the await.
let reads = 0;
const thenable = {
  get then() {
    reads = reads + 1;
    console.log('then read', reads);
    return r => r('value');
  }
};
async function f() {
  console.log('before await');
  const v = await thenable;
  console.log('after await', v, 'reads', reads);
}
f();
console.log('sync end, reads', reads);
