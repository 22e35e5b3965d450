// await in a destructuring default runs only when the value is undefined.
async function slow(name) {
  console.log('default evaluated for', name);
  return name + '-default';
}
async function f(obj) {
  const { a = await slow('a'), b = await slow('b') } = obj;
  console.log('a =', a, 'b =', b);
}
f({ a: 'given' });
f({});
console.log('sync end');
