// await of a native promise ignores an own then property; returning it from async calls that then.
const p = Promise.resolve('real');
p.then = function (res, rej) {
  console.log('own then called');
  return Promise.prototype.then.call(this, res, rej);
};
async function awaits() {
  console.log('await got', await p);
}
async function returns() {
  return p;
}
awaits();
returns().then(v => console.log('return got', v));
