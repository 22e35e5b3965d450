// await inside for-of: iteration resumes where it left off after each await.
async function f(items) {
  const out = [];
  for (const item of items) {
    out.push(await Promise.resolve(item + '!'));
    console.log('processed', item);
  }
  console.log('result', out.join(' '));
}
f(['a', 'b', 'c']);
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
