const pending = new Promise(() => {});
const fulfilled = Promise.resolve(1);
const withObject = Promise.resolve({ a: 1, b: [1, 2] });
const rejected = Promise.reject(new Error('nope'));
rejected.catch(() => {});
const rejectedValue = Promise.reject('why');
rejectedValue.catch(() => {});
console.log(pending);
console.log(fulfilled);
console.log(withObject);
const e = rejected;
setTimeout(() => {
  console.log(rejectedValue);
  console.log([pending, fulfilled]);
  console.log({ p: Promise.resolve('str') });
  const p = Promise.resolve(42);
  p.extra = true;
  console.log(p);
}, 0);
