// Destructured parameters of an async arrow are bound before the body's first await.
let source = { a: 'first' };
const f = async ({ a }, [b] = ['default b']) => {
  await null;
  return a + ' ' + b;
};
f(source).then(console.log);
source.a = 'changed after call';
f({ a: 'two' }, ['given b']).then(console.log);
