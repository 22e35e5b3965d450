// Where a failed conversion in a compound assignment is reported: V8 points at the assigned value (at the
// '+' of s = s + x), whichever way the engine carries the assignment out.
const at = (f) => {
  try { f(); } catch (e) { return e.stack.split('\n')[1].trim().split(__filename).join('F'); }
  return 'no error';
};
let s = 'a';
let n = 1;
const o = { s: 1 };
const arr = [1];
console.log(at(() => { s += Symbol(); }));
console.log(at(() => { s = s + Symbol(); }));
console.log(at(() => { n -= Symbol(); }));
console.log(at(() => { o.s += Symbol(); }));
console.log(at(() => { arr[0] *= Symbol(); }));
console.log(at(() => { n **= Symbol(); }));
console.log(at(function local() { let t = ''; t += Symbol(); }));
console.log(at(function local() { let t = ''; t = t + Symbol(); }));
console.log(at(function local() { let t = 0; for (let i = 0; i < 3; i++) t += i; t += Symbol(); }));
