// return await Promise.resolve(v) costs 2 ticks, one fewer than returning the promise itself.
async function withAwait() { return await Promise.resolve('awaited'); }
async function withoutAwait() { return Promise.resolve('returned'); }
withoutAwait().then(v => console.log('done', v));
withAwait().then(v => console.log('done', v));
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  p = p.then(() => console.log('tick', i));
}
