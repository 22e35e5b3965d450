// Awaiting a rejected promise throws at the await; try/catch/finally handle it.
async function attempt(p) {
  try {
    console.log('awaiting');
    const v = await p;
    console.log('got', v);
    return 'ok';
  } catch (e) {
    console.log('caught', e.message);
    return 'recovered';
  } finally {
    console.log('finally');
  }
}
async function main() {
  console.log(await attempt(Promise.resolve(1)));
  console.log(await attempt(Promise.reject(new Error('bad'))));
  console.log(await attempt(new Promise((res, rej) => setTimeout(() => rej(new Error('late')), 10))));
}
main();
