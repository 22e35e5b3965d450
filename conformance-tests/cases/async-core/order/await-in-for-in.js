// await inside for-in: keys are visited in insertion order across suspensions.
async function f(obj) {
  for (const key in obj) {
    const v = await obj[key];
    console.log(key, '=', v);
  }
  console.log('done');
}
f({ first: 1, second: Promise.resolve(2), third: 3 });
console.log('sync end');
