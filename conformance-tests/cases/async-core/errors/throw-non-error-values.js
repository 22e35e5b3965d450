// Non-Error values thrown after an await arrive in catch unchanged.
async function throwIt(v) {
  await null;
  throw v;
}
async function main() {
  const values = ['a string', 42, null, undefined, { code: 7 }];
  for (let i = 0; i < values.length; i++) {
    try {
      await throwIt(values[i]);
    } catch (e) {
      if (e !== null && typeof e === 'object') console.log('caught object code', e.code);
      else console.log('caught', typeof e, e);
    }
  }
}
main();
