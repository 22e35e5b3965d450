// An async function that throws before its first await still returns a promise; the caller continues.
async function f() {
  console.log('f runs');
  throw new Error('early');
}
const p = f();
console.log('caller continues, got promise', typeof p.then);
p.catch(e => console.log('caught', e.message));
