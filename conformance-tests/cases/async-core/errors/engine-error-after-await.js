// An engine TypeError raised after an await rejects the async function like any throw.
async function f(obj) {
  await null;
  return obj.missing.deeper;
}
f({}).catch(e => console.log('caught', e.name));
f({ missing: { deeper: 'ok' } }).then(v => console.log('value', v));
