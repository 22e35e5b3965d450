// For obj[k] = await v, the target object and key are evaluated before the await.
let target = { name: 'first' };
let key = 'k1';
async function f() {
  target[key] = await 'value';
}
const first = target;
f().then(() => {
  console.log('first.k1 =', first.k1, 'first.k2 =', first.k2);
  console.log('second.k1 =', target.k1, 'second.k2 =', target.k2);
});
target = { name: 'second' };
key = 'k2';
