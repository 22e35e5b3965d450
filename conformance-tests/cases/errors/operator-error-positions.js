// A failed conversion or operator check is reported at the operator, as V8 does.
const at = (f) => {
  try {
    f();
  } catch (e) {
    return e.message + ' @' + e.stack.split('\n')[1].replace(/.*operator-error-positions\.js:/, '').replace(')', '');
  }
};
const s = Symbol('q');
console.log(at(() => s + 1));
console.log(at(() => 1 - s));
console.log(at(() => -s));
console.log(at(() => +s));
console.log(at(() => s < 1));
console.log(at(() => 'x' in 1));
console.log(at(() => ({}) instanceof 1));
console.log(at(() => s * 2));
console.log(at(() => '' + s));
console.log(at(() => String(s) + s));
console.log(at(() => ({ valueOf() { return s; } }) * 2));
console.log(at(() => `a${s}b`).split(' @')[0]);
