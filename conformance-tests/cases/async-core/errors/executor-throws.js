// A throw in a promise executor rejects it, unless resolve was already called.
const a = new Promise(() => { throw new Error('executor threw'); });
const b = new Promise(resolve => { resolve('resolved first'); throw new Error('ignored'); });
async function f() {
  try {
    await a;
  } catch (e) {
    console.log('a rejected', e.message);
  }
  console.log('b', await b);
}
f();
console.log('executors done');
