// Stacks show the language's built-ins between the frames they call back into, as V8 does:
// "at Array.forEach (<anonymous>)"; call, apply, Reflect.apply and bound functions leave no frame.
const frames = (f) => {
  try {
    f();
  } catch (e) {
    return e.stack.split('\n').slice(1, 4).map((l) => l.trim().replace(/\(.*builtin-frames-in-stacks\.js/, '(F')
      .replace(/at .*builtin-frames-in-stacks\.js/, 'at F')).join(' | ');
  }
};
const boom = () => { throw new Error('b'); };
console.log(frames(() => [1].forEach(boom)));
console.log(frames(() => [1].map(boom)));
console.log(frames(() => JSON.parse('{')));
console.log(frames(() => [2, 1].sort(boom)));
console.log(frames(() => 'a'.replace('a', boom)));
console.log(frames(() => boom.call(null)));
console.log(frames(() => boom.apply(null)));
console.log(frames(() => Reflect.apply(boom, null, [])));
console.log(frames(() => Array.from([1], boom)));
console.log(frames(() => new Map([[1, 2]]).forEach(boom)));
console.log(frames(() => [1].reduce(boom, 0)));
console.log(frames(() => boom.bind(null)()));
console.log(frames(() => Object.keys(null)));
console.log(frames(() => new Promise(() => { throw new Error('in executor'); }).catch((e) => {
  console.log(e.stack.split('\n')[2].trim());
})));
class MyError extends Error {}
console.log(frames(() => { throw new MyError('mine'); }));
const withGetter = { get x() { return boom(); } };
console.log(frames(() => withGetter.x).split(' | ')[2]);
