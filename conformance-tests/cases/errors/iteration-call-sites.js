// Frames of iterator methods called by the language's iteration report the construct's position, as V8's
// do: the spread's operand, the for-of iterable, the declaration's initializer.
const at = (f) => {
  try {
    f();
  } catch (e) {
    return e.stack.split('\n').slice(1, 3).map((l) => l.trim().replace(/\(.*iteration-call-sites\.js/, '(F')
      .replace(/at .*iteration-call-sites\.js/, 'at F')).join(' | ');
  }
};
const bad = { [Symbol.iterator]() { throw new Error('it'); } };
const badNext = { [Symbol.iterator]() { return { next() { throw new Error('next'); } }; } };
console.log(at(() => [...bad]));
console.log(at(() => { for (const x of bad) ; }));
console.log(at(() => { const [a] = bad; }));
console.log(at(() => [...badNext]));
const inner = { valueOf() { throw new Error('deep'); } };
const outer = { toString() {
  return inner + 1;
} };
console.log(at(() => `${outer}`));
const g = { get x() {
  return inner * 2;
} };
console.log(at(() => g.x));
